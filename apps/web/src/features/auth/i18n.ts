/** Strings of login security: the second login step, two-step verification, login blocks; registered in features/bundles.ts. */
const zhCN = {
  security: {
    nav: '登录安全',
    personalNav: '两步验证',
    login: {
      codeTitle: '两步验证',
      codeHint: '请输入身份验证器 App 中显示的 6 位验证码，或一个恢复码。',
      code: '验证码',
      codeRequired: '请输入验证码',
      verify: '验证并登录',
      badCode: '验证码错误',
      expired: '登录步骤已过期，请重新输入密码',
      back: '返回重新登录',
      enrolTitle: '设置两步验证',
      enrolHint: '您的角色要求启用两步验证后才能登录。',
      tooMany: '尝试次数过多，请 {{seconds}} 秒后再试',
      continue: '继续',
    },
    totp: {
      title: '两步验证（TOTP）',
      intro:
        '登录时除密码外还需输入身份验证器 App（如 Microsoft Authenticator、Google Authenticator）生成的验证码。',
      on: '已启用',
      off: '未启用',
      enabledAt: '启用于 {{at}}',
      required: '您的角色要求启用两步验证',
      start: '启用两步验证',
      scan: '用身份验证器 App 扫描二维码，或手动输入下面的密钥，然后输入 App 显示的验证码。',
      secret: '密钥',
      confirm: '确认启用',
      enabledDone: '两步验证已启用',
      recoveryTitle: '请保存恢复码',
      recoveryHint:
        '手机丢失时，可用恢复码代替验证码登录，每个只能用一次。恢复码只显示这一次，请抄下或保存在安全的地方。',
      recoveryLeft: '剩余恢复码：{{count}} 个',
      savedThem: '我已保存',
      disable: '停用两步验证',
      disableHint: '输入当前验证码或一个恢复码以停用两步验证。',
      disabledDone: '两步验证已停用',
      cancel: '取消',
    },
    blocks: {
      title: '登录安全',
      subtitle: '登录失败会按“账户+地址”逐次延时；某地址或某账户失败过多时受上限限制。可在此查看并解除。',
      listTitle: '被限制的登录',
      kind: '类型',
      kinds: { pair: '账户 + 地址', address: '地址（全部账户）', account: '账户（陌生地址）' },
      username: '账户',
      ip: '地址',
      any: '全部',
      failures: '失败次数',
      lastFailureAt: '最近失败',
      blockedUntil: '限制至',
      delaying: '未限制（再失败将延时）',
      lift: '解除',
      confirmLift: '解除后该项的失败计数清零，可立即再次尝试登录。确定解除？',
      lifted: '已解除限制',
      empty: '当前没有被限制的登录',
      refresh: '刷新',
    },
    settings: {
      title: '安全设置',
      totpRequired: '管理员必须使用两步验证',
      totpRequiredHint:
        '可管理用户或角色的账户登录时必须使用两步验证；尚未设置的，将在下次登录时先完成设置。',
      saved: '安全设置已保存',
    },
    users: {
      confirmDisable:
        '停用“{{name}}”后，该用户将立即退出且无法登录，其全部 API 令牌也会被吊销（重新启用后不会恢复）。确定停用？',
      passwordNote: '重置密码会让该用户立即退出所有会话，并吊销其全部 API 令牌。',
      twoStep: '两步验证',
      resetTotp: '重置两步验证',
      confirmResetTotp:
        '重置后“{{name}}”登录时不再需要验证码；若其角色要求两步验证，将在下次登录时重新设置。确定重置？',
      totpReset: '两步验证已重置',
    },
  },
};

const en: typeof zhCN = {
  security: {
    nav: 'Login security',
    personalNav: 'Two-step verification',
    login: {
      codeTitle: 'Two-step verification',
      codeHint: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
      code: 'Code',
      codeRequired: 'Enter the code',
      verify: 'Verify and sign in',
      badCode: 'Wrong code',
      expired: 'This sign-in step expired; enter your password again',
      back: 'Back to sign-in',
      enrolTitle: 'Set up two-step verification',
      enrolHint: 'Your role requires two-step verification before you can sign in.',
      tooMany: 'Too many attempts; try again in {{seconds}} s',
      continue: 'Continue',
    },
    totp: {
      title: 'Two-step verification (TOTP)',
      intro:
        'Besides your password, signing in asks for a code from an authenticator app (Microsoft Authenticator, Google Authenticator, …).',
      on: 'On',
      off: 'Off',
      enabledAt: 'On since {{at}}',
      required: 'Your role requires two-step verification',
      start: 'Turn on two-step verification',
      scan: 'Scan the QR code with your authenticator app, or type the key below, then enter the code the app shows.',
      secret: 'Key',
      confirm: 'Turn on',
      enabledDone: 'Two-step verification is on',
      recoveryTitle: 'Save your recovery codes',
      recoveryHint:
        'If you lose your phone, a recovery code signs you in instead of a code, once each. They are shown only now: write them down or store them somewhere safe.',
      recoveryLeft: '{{count}} recovery codes left',
      savedThem: 'I have saved them',
      disable: 'Turn off two-step verification',
      disableHint: 'Enter a current code or a recovery code to turn two-step verification off.',
      disabledDone: 'Two-step verification is off',
      cancel: 'Cancel',
    },
    blocks: {
      title: 'Login security',
      subtitle:
        'Failed sign-ins are slowed per account and address with growing delays; an address or account failing too often hits a ceiling. See and lift them here.',
      listTitle: 'Throttled sign-ins',
      kind: 'Kind',
      kinds: {
        pair: 'Account + address',
        address: 'Address (all accounts)',
        account: 'Account (unknown addresses)',
      },
      username: 'Account',
      ip: 'Address',
      any: 'all',
      failures: 'Failures',
      lastFailureAt: 'Last failure',
      blockedUntil: 'Blocked until',
      delaying: 'Not blocked (next failure waits)',
      lift: 'Lift',
      confirmLift: 'Lifting forgets these failures, so sign-in can be tried again at once. Lift it?',
      lifted: 'Block lifted',
      empty: 'No sign-ins are throttled',
      refresh: 'Refresh',
    },
    settings: {
      title: 'Security settings',
      totpRequired: 'Admins must use two-step verification',
      totpRequiredHint:
        'Accounts that can manage users or roles must use two-step verification to sign in; those without it set it up at their next sign-in.',
      saved: 'Security settings saved',
    },
    users: {
      confirmDisable:
        'Disabling “{{name}}” signs them out at once, blocks sign-in and revokes all their API tokens (re-enabling does not restore them). Disable?',
      passwordNote:
        'Resetting the password ends all of this user’s sessions and revokes all their API tokens.',
      twoStep: 'Two-step',
      resetTotp: 'Reset two-step',
      confirmResetTotp:
        '“{{name}}” will sign in without a code; if their role requires two-step verification they set it up again at the next sign-in. Reset?',
      totpReset: 'Two-step verification reset',
    },
  },
};

export const securityI18n = { 'zh-CN': zhCN, en };
