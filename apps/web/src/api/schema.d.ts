/**
 * Generated from openapi.json by apps/web/scripts/api-types.mjs (npm run api:types).
 * Do not edit: change the server's zod schemas, then run `npm run openapi`.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database readiness */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in with username and password (202: a second step is needed)
         * @description Throttled per account and address: a few failures are free, then each further try waits longer (429 with Retry-After). 202 answers a short-lived challenge for POST /auth/login/totp, or, when the role must use TOTP and has none, for /auth/login/totp-enrolment.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second login step: a TOTP code or a recovery code for the challenge */
        post: operations["loginWithCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/totp-enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol TOTP during login (role requires it): the secret for the challenge */
        post: operations["startLoginEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/totp-enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the enrolment with a first code and log in (recovery codes shown once) */
        post: operations["confirmLoginEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user, permissions and CSRF token */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update own preferences */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/auth/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your two-factor status */
        get: operations["getTotpStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enrolment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start enrolling TOTP: a new secret (shown only now) awaiting a first code */
        post: operations["startOwnEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/enrolment/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm TOTP with a first code; answers recovery codes, shown only once */
        post: operations["confirmOwnEnrolment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn your TOTP off with a current code or a recovery code */
        post: operations["disableOwnTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login-blocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Throttled and blocked logins (account, address, failures, until) */
        get: operations["listLoginBlocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login-blocks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Lift a login block (its failures are forgotten) */
        delete: operations["liftLoginBlock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/security-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Login security settings */
        get: operations["getSecuritySettings"];
        /** Change login security settings (TOTP required for admins) */
        put: operations["updateSecuritySettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: operations["listUsers"];
        put?: never;
        /** Create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Enabled staff users for pickers */
        get: operations["listUserOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user (disabling ends all sessions and revokes all API tokens) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a password (ends all sessions; an admin's reset also revokes the user's API tokens) */
        post: operations["setUserPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/totp/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a user's TOTP second factor (lost device) */
        post: operations["resetUserTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles */
        get: operations["listRoles"];
        put?: never;
        /** Create a role */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All permissions a role can hold */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a role without users */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /** Update a role */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List teams */
        get: operations["listTeams"];
        put?: never;
        /** Create a team */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a team */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/api/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of a team */
        get: operations["listTeamMembers"];
        /** Replace the members of a team */
        put: operations["setTeamMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: operations["listTokens"];
        put?: never;
        /** Create an API token (the token is shown only in this response) */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse the audit log (who, when, what, before/after) */
        get: operations["browseAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your notifications, newest first */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your notifications are unread */
        get: operations["countUnreadNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live stream of your new notifications (Server-Sent Events)
         * @description text/event-stream: `event: notification` with the notification as JSON data for each new one, and a comment heartbeat every 25 s.
         */
        get: operations["streamNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered customer list as CSV (UTF-8 with BOM) or Excel */
        get: operations["exportCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a .csv or .xlsx file (multipart, one file, ≤ 20 MiB) and get the dry-run report */
        post: operations["dryRunCustomerImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/import/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status, progress and dry-run report of an import */
        get: operations["getCustomerImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/import/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a clean dry run, all or nothing, in the background (poll the import for progress) */
        post: operations["commitCustomerImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search customers in your data scope (keyset pagination) */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer (Idempotency-Key supported; 409 duplicate with matches) */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find possible duplicates by name, credit code or contact phones without creating */
        post: operations["checkCustomerDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/facets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distinct tags in your scope, for filters */
        get: operations["getCustomerFacets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GB/T 2260 regions (province → city → district) and GB/T 4754 industry sections */
        get: operations["getCustomerReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer with its contacts (ETag = version) */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        /** Delete a customer and its contacts (If-Match optional) */
        delete: operations["deleteCustomer"];
        options?: never;
        head?: never;
        /** Update a customer; requires If-Match with its version */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/api/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The customer's audit timeline, newest first */
        get: operations["getCustomerTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's contacts */
        get: operations["listCustomerContacts"];
        put?: never;
        /** Add a contact to a customer (409 duplicate when a phone belongs to another customer) */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a contact */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /** Update a contact; requires If-Match with its version */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List business calendars */
        get: operations["listCalendars"];
        put?: never;
        /** Create a business-hours calendar */
        post: operations["createCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calendars whose next year's holidays are not loaded (from 1 November) */
        get: operations["getCalendarCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar */
        get: operations["getCalendar"];
        put?: never;
        post?: never;
        /** Delete a calendar no SLA policy uses (If-Match checked when sent) */
        delete: operations["deleteCalendar"];
        options?: never;
        head?: never;
        /** Change name, time zone or hours; requires If-Match */
        patch: operations["updateCalendar"];
        trace?: never;
    };
    "/api/calendars/{id}/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Holidays and make-up working days, optionally of one year */
        get: operations["listCalendarDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/{id}/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make a date a holiday or a make-up working day */
        put: operations["setCalendarDay"];
        post?: never;
        /** Make a date follow the weekly hours again */
        delete: operations["deleteCalendarDay"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace one year's days from JSON or iCalendar (dryRun: report only) */
        post: operations["importCalendarYear"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/{id}/month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every day of a month with its working intervals */
        get: operations["getCalendarMonth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendars/{id}/compute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Due time after working minutes {start, minutes}, or working minutes between {a, b} */
        post: operations["computeWorkingTime"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SLA policies (current versions) */
        get: operations["listSlaPolicies"];
        put?: never;
        /** Create an SLA policy */
        post: operations["createSlaPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An SLA policy: current version and the version list */
        get: operations["getSlaPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an SLA policy: appends a version effective now; requires If-Match */
        patch: operations["updateSlaPolicy"];
        trace?: never;
    };
    "/api/sla-policies/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of an SLA policy */
        get: operations["getSlaPolicyVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the product catalog (filters q, active, critical; keyset pagination) */
        get: operations["listProducts"];
        put?: never;
        /** Create a product (code unique) */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product (ETag = version) */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        /** Delete a product that is deployed nowhere (409 invalid_state otherwise) */
        delete: operations["deleteProduct"];
        options?: never;
        head?: never;
        /** Update a product; requires If-Match with its version */
        patch: operations["updateProduct"];
        trace?: never;
    };
    "/api/products/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All versions of a product, newest release first */
        get: operations["listProductVersions"];
        put?: never;
        /** Add a version (version string unique per product) */
        post: operations["createProductVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/product-versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One product version */
        get: operations["getProductVersion"];
        put?: never;
        post?: never;
        /** Delete a version that no deployment runs, ran or plans to run */
        delete: operations["deleteProductVersion"];
        options?: never;
        head?: never;
        /** Update a version; requires If-Match with its version */
        patch: operations["updateProductVersion"];
        trace?: never;
    };
    "/api/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deployments in your data scope (filters customer, product, version, environment) */
        get: operations["listDeployments"];
        put?: never;
        /** Record a deployment; an acceptance date creates its warranty */
        post: operations["createDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's deployments (404 when the customer is outside your scope) */
        get: operations["listCustomerDeployments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deployments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One deployment with its warranty summary (ETag = version) */
        get: operations["getDeployment"];
        put?: never;
        post?: never;
        /** Delete a deployment recorded by mistake (with its history, upgrades and warranty) */
        delete: operations["deleteDeployment"];
        options?: never;
        head?: never;
        /** Update environment, dates, notes; requires If-Match */
        patch: operations["updateDeployment"];
        trace?: never;
    };
    "/api/deployments/{id}/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upgrade a deployment now, outside a planned upgrade (history kept); requires If-Match */
        post: operations["upgradeDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deployments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versions a deployment ran, newest first */
        get: operations["getDeploymentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planned-upgrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Planned upgrades in your scope by window start (filters status, customer, emergency, window) */
        get: operations["listPlannedUpgrades"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deployments/{id}/upgrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Planned upgrades of one deployment */
        get: operations["listDeploymentUpgrades"];
        put?: never;
        /** Plan an upgrade: target version, advance-notice date, window, preparation guide */
        post: operations["planUpgrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planned-upgrades/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One planned upgrade with the statuses it may move to (ETag = version) */
        get: operations["getPlannedUpgrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an open plan (follow-up always); requires If-Match */
        patch: operations["updatePlannedUpgrade"];
        trace?: never;
    };
    "/api/planned-upgrades/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to notified / in_progress / done / cancelled (409 invalid_state if not allowed); done upgrades the deployment; requires If-Match */
        post: operations["transitionPlannedUpgrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/warranties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Warranties in your data scope (filters customerId, productId, status, expiringWithinDays), by end date */
        get: operations["listWarranties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deployments/{id}/warranty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The warranty of a deployment, with status and days left (404 before acceptance) */
        get: operations["getDeploymentWarranty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Adjust start date, months and coverage of a warranty; requires If-Match */
        patch: operations["updateWarranty"];
        trace?: never;
    };
    "/api/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contracts in your data scope (filters type, state, customerId, ownerId, expiringWithinDays) */
        get: operations["listContracts"];
        put?: never;
        /** Create a draft contract with its terms (version 1); amount is a decimal string; Idempotency-Key supported */
        post: operations["createContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's contracts (404 when the customer is outside your scope) */
        get: operations["listCustomerContracts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contract with its current terms */
        get: operations["getContract"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a contract (If-Match); number, amount, dates and terms only while draft */
        patch: operations["updateContract"];
        trace?: never;
    };
    "/api/contracts/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the lifecycle: submit for review (opens the approval), withdraw, terminate (reason), renewed; 409 lists allowed moves */
        post: operations["transitionContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current terms and every version */
        get: operations["getContractTerms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/terms/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One terms version (every version stays readable) */
        get: operations["getContractTermsVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's change requests, newest first */
        get: operations["listChangeRequests"];
        put?: never;
        /** Propose full new terms for an active contract; opens the change approval */
        post: operations["createChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract's documents */
        get: operations["listContractDocuments"];
        put?: never;
        /** Upload a document (multipart, one file ≤ 20 MiB: pdf, docx, xlsx, png, jpg, zip) */
        post: operations["uploadContractDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contracts/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document (attachment, stored content type) */
        get: operations["downloadContractDocument"];
        put?: never;
        post?: never;
        /** Delete a document */
        delete: operations["deleteContractDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/renewal-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Renewal tasks of contracts in your data scope, soonest end first (filters status, ownerId) */
        get: operations["listRenewalTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/renewal-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a renewal task's status, note or renewal contract (If-Match) */
        patch: operations["updateRenewalTask"];
        trace?: never;
    };
    "/api/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approval requests you may see; mine=true: pending ones awaiting your role */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One approval request with its steps and decisions */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject the current step (your role must be the step role; a rejection needs a comment) */
        post: operations["decideApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/entitlements/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is a request covered by a maintenance contract, a warranty, or billable — with the reasons */
        get: operations["checkEntitlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List requests in your scope by view, filters and sort (keyset pagination) */
        get: operations["listRequests"];
        put?: never;
        /** Receive a service request (entitlement, SLA targets, routing); Idempotency-Key supported */
        post: operations["receiveRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open requests per console tab (mine, team, unassigned, at risk, breached, waiting), one call */
        get: operations["countRequestViews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered request list as CSV (UTF-8 with BOM) or Excel */
        get: operations["exportRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request with its targets, clocks and allowed transitions (ETag = version) */
        get: operations["getRequestDetail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update fields (If-Match); a severity change needs a reason and recomputes due times */
        patch: operations["updateRequest"];
        trace?: never;
    };
    "/api/requests/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the state (If-Match) along the transition table */
        post: operations["transitionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/recheck-entitlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide the entitlement again (policy change, If-Match) and recompute the due times */
        post: operations["recheckEntitlement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Historical import: dry run (report) or commit (all rows or none), computed as if received then */
        post: operations["importRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request-states": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Request states and the transition table */
        get: operations["listRequestStates"];
        put?: never;
        /** Add a request state */
        post: operations["createRequestState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/request-states/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an unused, non-shipped request state */
        delete: operations["deleteRequestState"];
        options?: never;
        head?: never;
        /** Rename or reorder a request state */
        patch: operations["updateRequestState"];
        trace?: never;
    };
    "/api/request-transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the transition table */
        put: operations["setRequestTransitions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/service-desk/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reopen window and auto-close delay (ETag) */
        get: operations["getServiceDeskSettings"];
        /** Change the desk settings (If-Match) */
        put: operations["updateServiceDeskSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved request views */
        get: operations["listSavedViews"];
        put?: never;
        /** Save a request view (name + list filters) */
        post: operations["createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of your saved views */
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Timeline oldest → newest (customers: public entries and attachments only), with counts */
        get: operations["listRequestTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Public reply (HTML, sanitized); the first human reply stops the response clock. If-Match optional */
        post: operations["postReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Internal note (never shown to customers) */
        post: operations["postNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge the request (public event; stops the response clock). If-Match optional */
        post: operations["acknowledgeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attachments you may see (customers: public ones) */
        get: operations["listRequestAttachments"];
        put?: never;
        /** Upload a file (multipart: field `file`, optional field `visibility` public|internal; ≤ 20 MiB; png, jpg, gif, webp, pdf, txt, log, csv, zip, docx, xlsx) */
        post: operations["uploadAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (always as an attachment, stored content type, nosniff) */
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time logged on the request, with billable and covered totals (staff only) */
        get: operations["listTimeEntries"];
        put?: never;
        /** Log time (billable defaults to the request being billable) */
        post: operations["createTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/time-entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a time entry (own, or any with requests:update) */
        delete: operations["deleteTimeEntry"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Analysis, fix, verification and closing summary (fields sent change; requires If-Match) */
        put: operations["updateAnalysis"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/knowledge-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A knowledge article draft built from the closing summary (409 until it is written) */
        get: operations["getKnowledgeDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Linked requests in both directions (only those you may see) */
        get: operations["listRequestRelations"];
        put?: never;
        /** Link another request (duplicate_of, caused_by, related) */
        post: operations["addRequestRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/relations/{relatedId}/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a link (recorded from either side) */
        delete: operations["removeRequestRelation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this request (a duplicate) into another of the same customer; closes it. Requires If-Match */
        post: operations["mergeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service team queues with open work, members, availability and load */
        get: operations["listQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/queues/{teamId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a queue's assignment mode; requires If-Match with the queue version */
        put: operations["setQueueMode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/me/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My availability */
        get: operations["getMyAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agents/{userId}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an agent's availability (own, or anyone's with service_desk:manage) */
        put: operations["setAvailability"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a request to an agent and/or a service team; requires If-Match */
        post: operations["assignRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate a request to the next tier with a reason; requires If-Match */
        post: operations["escalateRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign, change state, add a tag or merge selected requests; each row with its version (If-Match per row), one transaction and audit entry each, and its own result */
        post: operations["bulkUpdateRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The home page of the caller's role: figures in their data scope, each with its list */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database: "up";
                        time: string;
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                        /** @enum {string} */
                        database: "down";
                        time: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        permissions: ("customers:read" | "customers:write" | "customers:delete" | "customers:import" | "customers:export" | "contacts:write" | "users:read" | "users:manage" | "roles:manage" | "teams:manage" | "audit:read" | "tokens:own" | "notifications:own" | "portal:access" | "products:read" | "products:manage" | "deployments:read" | "deployments:write" | "warranties:read" | "warranties:write" | "calendars:manage" | "sla:read" | "sla:manage" | "contracts:read" | "contracts:write" | "contracts:approve" | "entitlements:check" | "requests:read" | "requests:create" | "requests:reply" | "requests:internal" | "requests:update" | "requests:assign" | "requests:import" | "service_desk:manage")[];
                        /** @enum {string} */
                        scope: "own" | "team" | "queue" | "all" | "organisation";
                        teamIds: string[];
                        customerId: string | null;
                        locale: string;
                        csrfToken: string | null;
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        step: "totp" | "totp_enrol";
                        challenge: string;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    loginWithCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        permissions: ("customers:read" | "customers:write" | "customers:delete" | "customers:import" | "customers:export" | "contacts:write" | "users:read" | "users:manage" | "roles:manage" | "teams:manage" | "audit:read" | "tokens:own" | "notifications:own" | "portal:access" | "products:read" | "products:manage" | "deployments:read" | "deployments:write" | "warranties:read" | "warranties:write" | "calendars:manage" | "sla:read" | "sla:manage" | "contracts:read" | "contracts:write" | "contracts:approve" | "entitlements:check" | "requests:read" | "requests:create" | "requests:reply" | "requests:internal" | "requests:update" | "requests:assign" | "requests:import" | "service_desk:manage")[];
                        /** @enum {string} */
                        scope: "own" | "team" | "queue" | "all" | "organisation";
                        teamIds: string[];
                        customerId: string | null;
                        locale: string;
                        csrfToken: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    startLoginEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        otpauthUri: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    confirmLoginEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    challenge: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        permissions: ("customers:read" | "customers:write" | "customers:delete" | "customers:import" | "customers:export" | "contacts:write" | "users:read" | "users:manage" | "roles:manage" | "teams:manage" | "audit:read" | "tokens:own" | "notifications:own" | "portal:access" | "products:read" | "products:manage" | "deployments:read" | "deployments:write" | "warranties:read" | "warranties:write" | "calendars:manage" | "sla:read" | "sla:manage" | "contracts:read" | "contracts:write" | "contracts:approve" | "entitlements:check" | "requests:read" | "requests:create" | "requests:reply" | "requests:internal" | "requests:update" | "requests:assign" | "requests:import" | "service_desk:manage")[];
                        /** @enum {string} */
                        scope: "own" | "team" | "queue" | "all" | "organisation";
                        teamIds: string[];
                        customerId: string | null;
                        locale: string;
                        csrfToken: string | null;
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        role: string;
                        permissions: ("customers:read" | "customers:write" | "customers:delete" | "customers:import" | "customers:export" | "contacts:write" | "users:read" | "users:manage" | "roles:manage" | "teams:manage" | "audit:read" | "tokens:own" | "notifications:own" | "portal:access" | "products:read" | "products:manage" | "deployments:read" | "deployments:write" | "warranties:read" | "warranties:write" | "calendars:manage" | "sla:read" | "sla:manage" | "contracts:read" | "contracts:write" | "contracts:approve" | "entitlements:check" | "requests:read" | "requests:create" | "requests:reply" | "requests:internal" | "requests:update" | "requests:assign" | "requests:import" | "service_desk:manage")[];
                        /** @enum {string} */
                        scope: "own" | "team" | "queue" | "all" | "organisation";
                        teamIds: string[];
                        customerId: string | null;
                        locale: string;
                        csrfToken: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    /** @enum {string} */
                    locale?: "zh-CN" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getTotpStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        enabledAt: string | null;
                        required: boolean;
                        recoveryCodesLeft: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    startOwnEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        secret: string;
                        otpauthUri: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    confirmOwnEnrolment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    disableOwnTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listLoginBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** @enum {string} */
                        kind: "pair" | "address" | "account";
                        username: string | null;
                        ip: string | null;
                        failures: number;
                        /** Format: date-time */
                        lastFailureAt: string;
                        blockedUntil: string | null;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    liftLoginBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSecuritySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totpRequiredForAdmins: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateSecuritySettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    totpRequiredForAdmins: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totpRequiredForAdmins: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                q?: string;
                roleKey?: string;
                teamId?: string;
                disabled?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            displayName: string;
                            email: string | null;
                            role: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                nameZh: string;
                                nameEn: string;
                            };
                            teams: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                nameZh: string;
                                nameEn: string;
                            }[];
                            customerId: string | null;
                            disabled: boolean;
                            totpEnabled: boolean;
                            locale: string;
                            skills: string[];
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    email?: string | null;
                    password: string;
                    /** Format: uuid */
                    roleId: string;
                    /** @default [] */
                    teamIds?: string[];
                    customerId?: string | null;
                    /**
                     * @default zh-CN
                     * @enum {string}
                     */
                    locale?: "zh-CN" | "en";
                    /** @default [] */
                    skills?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        email: string | null;
                        role: {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            nameZh: string;
                            nameEn: string;
                        };
                        teams: {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            nameZh: string;
                            nameEn: string;
                        }[];
                        customerId: string | null;
                        disabled: boolean;
                        totpEnabled: boolean;
                        locale: string;
                        skills: string[];
                        lastLoginAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listUserOptions: {
        parameters: {
            query?: {
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        teamIds: string[];
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        email: string | null;
                        role: {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            nameZh: string;
                            nameEn: string;
                        };
                        teams: {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            nameZh: string;
                            nameEn: string;
                        }[];
                        customerId: string | null;
                        disabled: boolean;
                        totpEnabled: boolean;
                        locale: string;
                        skills: string[];
                        lastLoginAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName?: string;
                    email?: string | null;
                    /** Format: uuid */
                    roleId?: string;
                    teamIds?: string[];
                    customerId?: string | null;
                    disabled?: boolean;
                    /** @enum {string} */
                    locale?: "zh-CN" | "en";
                    skills?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                        email: string | null;
                        role: {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            nameZh: string;
                            nameEn: string;
                        };
                        teams: {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            nameZh: string;
                            nameEn: string;
                        }[];
                        customerId: string | null;
                        disabled: boolean;
                        totpEnabled: boolean;
                        locale: string;
                        skills: string[];
                        lastLoginAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    setUserPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    resetUserTotp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        nameZh: string;
                        nameEn: string;
                        permissions: string[];
                        /** @enum {string} */
                        dataScope: "own" | "team" | "queue" | "all" | "organisation";
                        isSystem: boolean;
                        userCount: number;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    nameZh: string;
                    nameEn: string;
                    permissions: ("customers:read" | "customers:write" | "customers:delete" | "customers:import" | "customers:export" | "contacts:write" | "users:read" | "users:manage" | "roles:manage" | "teams:manage" | "audit:read" | "tokens:own" | "notifications:own" | "portal:access" | "products:read" | "products:manage" | "deployments:read" | "deployments:write" | "warranties:read" | "warranties:write" | "calendars:manage" | "sla:read" | "sla:manage" | "contracts:read" | "contracts:write" | "contracts:approve" | "entitlements:check" | "requests:read" | "requests:create" | "requests:reply" | "requests:internal" | "requests:update" | "requests:assign" | "requests:import" | "service_desk:manage")[];
                    /** @enum {string} */
                    dataScope: "own" | "team" | "queue" | "all" | "organisation";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        nameZh: string;
                        nameEn: string;
                        permissions: string[];
                        /** @enum {string} */
                        dataScope: "own" | "team" | "queue" | "all" | "organisation";
                        isSystem: boolean;
                        userCount: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listPermissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameZh?: string;
                    nameEn?: string;
                    permissions?: ("customers:read" | "customers:write" | "customers:delete" | "customers:import" | "customers:export" | "contacts:write" | "users:read" | "users:manage" | "roles:manage" | "teams:manage" | "audit:read" | "tokens:own" | "notifications:own" | "portal:access" | "products:read" | "products:manage" | "deployments:read" | "deployments:write" | "warranties:read" | "warranties:write" | "calendars:manage" | "sla:read" | "sla:manage" | "contracts:read" | "contracts:write" | "contracts:approve" | "entitlements:check" | "requests:read" | "requests:create" | "requests:reply" | "requests:internal" | "requests:update" | "requests:assign" | "requests:import" | "service_desk:manage")[];
                    /** @enum {string} */
                    dataScope?: "own" | "team" | "queue" | "all" | "organisation";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        nameZh: string;
                        nameEn: string;
                        permissions: string[];
                        /** @enum {string} */
                        dataScope: "own" | "team" | "queue" | "all" | "organisation";
                        isSystem: boolean;
                        userCount: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        nameZh: string;
                        nameEn: string;
                        /** @enum {string} */
                        kind: "service" | "sales" | "other";
                        tier: number | null;
                        leadId: string | null;
                        memberCount: number;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    nameZh: string;
                    nameEn: string;
                    /** @enum {string} */
                    kind: "service" | "sales" | "other";
                    tier?: number | null;
                    leadId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        nameZh: string;
                        nameEn: string;
                        /** @enum {string} */
                        kind: "service" | "sales" | "other";
                        tier: number | null;
                        leadId: string | null;
                        memberCount: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameZh?: string;
                    nameEn?: string;
                    /** @enum {string} */
                    kind?: "service" | "sales" | "other";
                    tier?: number | null;
                    leadId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        key: string;
                        nameZh: string;
                        nameEn: string;
                        /** @enum {string} */
                        kind: "service" | "sales" | "other";
                        tier: number | null;
                        leadId: string | null;
                        memberCount: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listTeamMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    setTeamMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        username: string;
                        displayName: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        scopes: string[];
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: ("customers:read" | "customers:write" | "customers:delete" | "customers:import" | "customers:export" | "contacts:write" | "users:read" | "users:manage" | "roles:manage" | "teams:manage" | "audit:read" | "tokens:own" | "notifications:own" | "portal:access" | "products:read" | "products:manage" | "deployments:read" | "deployments:write" | "warranties:read" | "warranties:write" | "calendars:manage" | "sla:read" | "sla:manage" | "contracts:read" | "contracts:write" | "contracts:approve" | "entitlements:check" | "requests:read" | "requests:create" | "requests:reply" | "requests:internal" | "requests:update" | "requests:assign" | "requests:import" | "service_desk:manage")[];
                    expiresInDays?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        scopes: string[];
                        expiresAt: string | null;
                        lastUsedAt: string | null;
                        revokedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        token: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    browseAudit: {
        parameters: {
            query?: {
                actorId?: string;
                entityType?: string;
                entityId?: string;
                action?: string;
                customerId?: string;
                from?: string;
                to?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** Format: date-time */
                            at: string;
                            actorId: string | null;
                            actorName: string | null;
                            action: string;
                            entityType: string;
                            entityId: string;
                            customerId: string | null;
                            before: unknown;
                            after: unknown;
                            requestId: string | null;
                            ip: string | null;
                            entityName: string | null;
                            entityNameEn: string | null;
                            entityKey: string | null;
                            parentId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                unread?: "true" | "false";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            title: string;
                            body: string;
                            link: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            readAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    countUnreadNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were marked read */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    streamNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless event stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": unknown;
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    exportCustomers: {
        parameters: {
            query?: {
                stage?: string | string[];
                tier?: string | string[];
                industryCode?: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T";
                regionCode?: string;
                ownerId?: string;
                teamId?: string;
                tag?: string | string[];
                q?: string;
                sort?: "createdAt" | "-createdAt" | "name" | "-name" | "updatedAt" | "-updatedAt";
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    dryRunCustomerImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        /** @enum {string} */
                        status: "validating" | "validated" | "importing" | "done" | "failed";
                        totalRows: number;
                        processedRows: number;
                        errors: {
                            row: number;
                            path: (string | number)[];
                            message: string;
                        }[];
                        unmapped: {
                            row: number;
                            /** @enum {string} */
                            field: "region" | "industry";
                            value: string;
                        }[];
                        duplicates: {
                            row: number;
                            matches: {
                                id: string | null;
                                name: string | null;
                                /** @enum {string} */
                                reason: "credit_code" | "name" | "similar_name" | "phone";
                                score: number;
                                inScope: boolean;
                                ownerName: string | null;
                            }[];
                            sameAsRows: number[];
                        }[];
                        error: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCustomerImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        /** @enum {string} */
                        status: "validating" | "validated" | "importing" | "done" | "failed";
                        totalRows: number;
                        processedRows: number;
                        errors: {
                            row: number;
                            path: (string | number)[];
                            message: string;
                        }[];
                        unmapped: {
                            row: number;
                            /** @enum {string} */
                            field: "region" | "industry";
                            value: string;
                        }[];
                        duplicates: {
                            row: number;
                            matches: {
                                id: string | null;
                                name: string | null;
                                /** @enum {string} */
                                reason: "credit_code" | "name" | "similar_name" | "phone";
                                score: number;
                                inScope: boolean;
                                ownerName: string | null;
                            }[];
                            sameAsRows: number[];
                        }[];
                        error: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    commitCustomerImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default false */
                    skipDuplicates?: boolean;
                } | null;
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        fileName: string;
                        /** @enum {string} */
                        status: "validating" | "validated" | "importing" | "done" | "failed";
                        totalRows: number;
                        processedRows: number;
                        errors: {
                            row: number;
                            path: (string | number)[];
                            message: string;
                        }[];
                        unmapped: {
                            row: number;
                            /** @enum {string} */
                            field: "region" | "industry";
                            value: string;
                        }[];
                        duplicates: {
                            row: number;
                            matches: {
                                id: string | null;
                                name: string | null;
                                /** @enum {string} */
                                reason: "credit_code" | "name" | "similar_name" | "phone";
                                score: number;
                                inScope: boolean;
                                ownerName: string | null;
                            }[];
                            sameAsRows: number[];
                        }[];
                        error: string | null;
                        createdAt: string;
                        finishedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                stage?: string | string[];
                tier?: string | string[];
                industryCode?: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T";
                regionCode?: string;
                ownerId?: string;
                teamId?: string;
                tag?: string | string[];
                q?: string;
                sort?: "createdAt" | "-createdAt" | "name" | "-name" | "updatedAt" | "-updatedAt";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            creditCode: string | null;
                            industryCode: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T") | null;
                            industry: string | null;
                            scale: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
                            regionCode: string | null;
                            region: string | null;
                            address: string | null;
                            source: ("referral" | "exhibition" | "web" | "partner" | "cold_call" | "event" | "other") | null;
                            /** @enum {string} */
                            stage: "lead" | "prospect" | "customer" | "strategic_partner" | "churned";
                            /** @enum {string} */
                            tier: "A" | "B" | "C" | "D";
                            ownerId: string | null;
                            ownerName: string | null;
                            teamId: string | null;
                            teamName: string | null;
                            teamNameEn: string | null;
                            tags: string[];
                            notes: string | null;
                            contactCount: number;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    creditCode?: string | null;
                    industryCode?: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T") | null;
                    scale?: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
                    regionCode?: string | null;
                    address?: string | null;
                    source?: ("referral" | "exhibition" | "web" | "partner" | "cold_call" | "event" | "other") | null;
                    /**
                     * @default lead
                     * @enum {string}
                     */
                    stage?: "lead" | "prospect" | "customer" | "strategic_partner" | "churned";
                    /**
                     * @default C
                     * @enum {string}
                     */
                    tier?: "A" | "B" | "C" | "D";
                    ownerId?: string | null;
                    teamId?: string | null;
                    tags?: string[];
                    notes?: string | null;
                    contacts?: {
                        name: string;
                        title?: string | null;
                        /** @default [] */
                        phones?: string[];
                        email?: ("" | string) | null;
                        wechat?: string | null;
                        projectRole?: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                        /** @default false */
                        portalAccess?: boolean;
                        notes?: string | null;
                    }[];
                    /** @default false */
                    allowDuplicate?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        creditCode: string | null;
                        industryCode: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T") | null;
                        industry: string | null;
                        scale: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
                        regionCode: string | null;
                        region: string | null;
                        address: string | null;
                        source: ("referral" | "exhibition" | "web" | "partner" | "cold_call" | "event" | "other") | null;
                        /** @enum {string} */
                        stage: "lead" | "prospect" | "customer" | "strategic_partner" | "churned";
                        /** @enum {string} */
                        tier: "A" | "B" | "C" | "D";
                        ownerId: string | null;
                        ownerName: string | null;
                        teamId: string | null;
                        teamName: string | null;
                        teamNameEn: string | null;
                        tags: string[];
                        notes: string | null;
                        contactCount: number;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        contacts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            name: string;
                            title: string | null;
                            phones: string[];
                            email: string | null;
                            wechat: string | null;
                            projectRole: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                            portalAccess: boolean;
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    checkCustomerDuplicates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    creditCode?: string | null;
                    phones?: string[];
                    /** Format: uuid */
                    excludeId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        matches: {
                            id: string | null;
                            name: string | null;
                            /** @enum {string} */
                            reason: "credit_code" | "name" | "similar_name" | "phone";
                            score: number;
                            inScope: boolean;
                            ownerName: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCustomerFacets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tags: string[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCustomerReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        regions: {
                            code: string;
                            name: string;
                            children?: {
                                code: string;
                                name: string;
                                children?: {
                                    code: string;
                                    name: string;
                                }[];
                            }[];
                        }[];
                        industries: {
                            /** @enum {string} */
                            code: "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T";
                            nameZh: string;
                            nameEn: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        creditCode: string | null;
                        industryCode: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T") | null;
                        industry: string | null;
                        scale: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
                        regionCode: string | null;
                        region: string | null;
                        address: string | null;
                        source: ("referral" | "exhibition" | "web" | "partner" | "cold_call" | "event" | "other") | null;
                        /** @enum {string} */
                        stage: "lead" | "prospect" | "customer" | "strategic_partner" | "churned";
                        /** @enum {string} */
                        tier: "A" | "B" | "C" | "D";
                        ownerId: string | null;
                        ownerName: string | null;
                        teamId: string | null;
                        teamName: string | null;
                        teamNameEn: string | null;
                        tags: string[];
                        notes: string | null;
                        contactCount: number;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        contacts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            name: string;
                            title: string | null;
                            phones: string[];
                            email: string | null;
                            wechat: string | null;
                            projectRole: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                            portalAccess: boolean;
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    creditCode?: string | null;
                    industryCode?: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T") | null;
                    scale?: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
                    regionCode?: string | null;
                    address?: string | null;
                    source?: ("referral" | "exhibition" | "web" | "partner" | "cold_call" | "event" | "other") | null;
                    /** @enum {string} */
                    stage?: "lead" | "prospect" | "customer" | "strategic_partner" | "churned";
                    /** @enum {string} */
                    tier?: "A" | "B" | "C" | "D";
                    ownerId?: string | null;
                    teamId?: string | null;
                    tags?: string[];
                    notes?: string | null;
                    allowDuplicate?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        creditCode: string | null;
                        industryCode: ("A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K" | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T") | null;
                        industry: string | null;
                        scale: ("micro" | "small" | "medium" | "large" | "enterprise") | null;
                        regionCode: string | null;
                        region: string | null;
                        address: string | null;
                        source: ("referral" | "exhibition" | "web" | "partner" | "cold_call" | "event" | "other") | null;
                        /** @enum {string} */
                        stage: "lead" | "prospect" | "customer" | "strategic_partner" | "churned";
                        /** @enum {string} */
                        tier: "A" | "B" | "C" | "D";
                        ownerId: string | null;
                        ownerName: string | null;
                        teamId: string | null;
                        teamName: string | null;
                        teamNameEn: string | null;
                        tags: string[];
                        notes: string | null;
                        contactCount: number;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                        contacts: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            name: string;
                            title: string | null;
                            phones: string[];
                            email: string | null;
                            wechat: string | null;
                            projectRole: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                            portalAccess: boolean;
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCustomerTimeline: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            at: string;
                            actorId: string | null;
                            actorName: string | null;
                            action: string;
                            entityType: string;
                            entityId: string;
                            entityName: string | null;
                            entityNameEn: string | null;
                            entityKey: string | null;
                            parentId: string | null;
                            before: unknown;
                            after: unknown;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listCustomerContacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            name: string;
                            title: string | null;
                            phones: string[];
                            email: string | null;
                            wechat: string | null;
                            projectRole: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                            portalAccess: boolean;
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    title?: string | null;
                    /** @default [] */
                    phones?: string[];
                    email?: ("" | string) | null;
                    wechat?: string | null;
                    projectRole?: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                    /** @default false */
                    portalAccess?: boolean;
                    notes?: string | null;
                    /** @default false */
                    allowDuplicate?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        customerId: string;
                        name: string;
                        title: string | null;
                        phones: string[];
                        email: string | null;
                        wechat: string | null;
                        projectRole: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                        portalAccess: boolean;
                        notes: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    title?: string | null;
                    phones?: string[];
                    email?: ("" | string) | null;
                    wechat?: string | null;
                    projectRole?: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                    portalAccess?: boolean;
                    notes?: string | null;
                    allowDuplicate?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        customerId: string;
                        name: string;
                        title: string | null;
                        phones: string[];
                        email: string | null;
                        wechat: string | null;
                        projectRole: ("decision_maker" | "it_admin" | "key_user" | "business_owner" | "finance" | "other") | null;
                        portalAccess: boolean;
                        notes: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        builtinKey: string | null;
                        name: string;
                        /** @enum {string} */
                        kind: "24x7" | "business";
                        readOnly: boolean;
                        timeZone: string;
                        weeklyHours: {
                            sun: {
                                start: string;
                                end: string;
                            }[];
                            mon: {
                                start: string;
                                end: string;
                            }[];
                            tue: {
                                start: string;
                                end: string;
                            }[];
                            wed: {
                                start: string;
                                end: string;
                            }[];
                            thu: {
                                start: string;
                                end: string;
                            }[];
                            fri: {
                                start: string;
                                end: string;
                            }[];
                            sat: {
                                start: string;
                                end: string;
                            }[];
                        };
                        makeUpHours: {
                            start: string;
                            end: string;
                        }[] | null;
                        years: {
                            year: number;
                            holidays: number;
                            workdays: number;
                        }[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    timeZone: string;
                    weeklyHours: {
                        /** @default [] */
                        mon?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        tue?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        wed?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        thu?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        fri?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        sat?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        sun?: {
                            start: string;
                            end: string;
                        }[];
                    };
                    makeUpHours?: {
                        start: string;
                        end: string;
                    }[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        builtinKey: string | null;
                        name: string;
                        /** @enum {string} */
                        kind: "24x7" | "business";
                        readOnly: boolean;
                        timeZone: string;
                        weeklyHours: {
                            sun: {
                                start: string;
                                end: string;
                            }[];
                            mon: {
                                start: string;
                                end: string;
                            }[];
                            tue: {
                                start: string;
                                end: string;
                            }[];
                            wed: {
                                start: string;
                                end: string;
                            }[];
                            thu: {
                                start: string;
                                end: string;
                            }[];
                            fri: {
                                start: string;
                                end: string;
                            }[];
                            sat: {
                                start: string;
                                end: string;
                            }[];
                        };
                        makeUpHours: {
                            start: string;
                            end: string;
                        }[] | null;
                        years: {
                            year: number;
                            holidays: number;
                            workdays: number;
                        }[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCalendarCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checkedAt: string;
                        missingNextYear: {
                            /** Format: uuid */
                            calendarId: string;
                            name: string;
                            builtinKey: string | null;
                            year: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        builtinKey: string | null;
                        name: string;
                        /** @enum {string} */
                        kind: "24x7" | "business";
                        readOnly: boolean;
                        timeZone: string;
                        weeklyHours: {
                            sun: {
                                start: string;
                                end: string;
                            }[];
                            mon: {
                                start: string;
                                end: string;
                            }[];
                            tue: {
                                start: string;
                                end: string;
                            }[];
                            wed: {
                                start: string;
                                end: string;
                            }[];
                            thu: {
                                start: string;
                                end: string;
                            }[];
                            fri: {
                                start: string;
                                end: string;
                            }[];
                            sat: {
                                start: string;
                                end: string;
                            }[];
                        };
                        makeUpHours: {
                            start: string;
                            end: string;
                        }[] | null;
                        years: {
                            year: number;
                            holidays: number;
                            workdays: number;
                        }[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    timeZone?: string;
                    weeklyHours?: {
                        /** @default [] */
                        mon?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        tue?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        wed?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        thu?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        fri?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        sat?: {
                            start: string;
                            end: string;
                        }[];
                        /** @default [] */
                        sun?: {
                            start: string;
                            end: string;
                        }[];
                    };
                    makeUpHours?: {
                        start: string;
                        end: string;
                    }[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        builtinKey: string | null;
                        name: string;
                        /** @enum {string} */
                        kind: "24x7" | "business";
                        readOnly: boolean;
                        timeZone: string;
                        weeklyHours: {
                            sun: {
                                start: string;
                                end: string;
                            }[];
                            mon: {
                                start: string;
                                end: string;
                            }[];
                            tue: {
                                start: string;
                                end: string;
                            }[];
                            wed: {
                                start: string;
                                end: string;
                            }[];
                            thu: {
                                start: string;
                                end: string;
                            }[];
                            fri: {
                                start: string;
                                end: string;
                            }[];
                            sat: {
                                start: string;
                                end: string;
                            }[];
                        };
                        makeUpHours: {
                            start: string;
                            end: string;
                        }[] | null;
                        years: {
                            year: number;
                            holidays: number;
                            workdays: number;
                        }[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listCalendarDays: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        name: string | null;
                        hoursOf: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat") | null;
                        hours: {
                            start: string;
                            end: string;
                        }[] | null;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    setCalendarDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "holiday" | "workday";
                    name?: string | null;
                    hoursOf?: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat") | null;
                    hours?: {
                        start: string;
                        end: string;
                    }[] | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        name: string | null;
                        hoursOf: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat") | null;
                        hours: {
                            start: string;
                            end: string;
                        }[] | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteCalendarDay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    importCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    format: "json" | "ics" | "notice";
                    content: string | {
                        [key: string]: unknown;
                    };
                    year?: number;
                    /** @default false */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        dryRun: boolean;
                        added: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name: string | null;
                            hoursOf: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat") | null;
                            hours: {
                                start: string;
                                end: string;
                            }[] | null;
                        }[];
                        changed: {
                            date: string;
                            before: {
                                date: string;
                                /** @enum {string} */
                                kind: "holiday" | "workday";
                                name: string | null;
                                hoursOf: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat") | null;
                                hours: {
                                    start: string;
                                    end: string;
                                }[] | null;
                            };
                            after: {
                                date: string;
                                /** @enum {string} */
                                kind: "holiday" | "workday";
                                name: string | null;
                                hoursOf: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat") | null;
                                hours: {
                                    start: string;
                                    end: string;
                                }[] | null;
                            };
                        }[];
                        removed: {
                            date: string;
                            /** @enum {string} */
                            kind: "holiday" | "workday";
                            name: string | null;
                            hoursOf: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat") | null;
                            hours: {
                                start: string;
                                end: string;
                            }[] | null;
                        }[];
                        unchanged: number;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCalendarMonth: {
        parameters: {
            query: {
                month: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        timeZone: string;
                        days: {
                            date: string;
                            /** @enum {string} */
                            weekday: "sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat";
                            working: boolean;
                            /** @enum {string} */
                            kind: "regular" | "holiday" | "workday";
                            name: string | null;
                            intervals: {
                                start: string;
                                end: string;
                            }[];
                            workingMinutes: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    computeWorkingTime: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    start: string;
                    minutes: number;
                } | {
                    /** Format: date-time */
                    a: string;
                    /** Format: date-time */
                    b: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        due?: string;
                        workingMinutes?: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listSlaPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        builtinKey: string | null;
                        name: string;
                        version: number;
                        current: {
                            /** Format: uuid */
                            policyId: string;
                            version: number;
                            effectiveFrom: string;
                            name: string;
                            description: string | null;
                            /** Format: uuid */
                            calendarId: string;
                            targets: {
                                L1: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L2: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L3: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L4: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                            };
                            warningPercent: number;
                            createdAt: string;
                            createdBy: string | null;
                        };
                        versions: {
                            version: number;
                            effectiveFrom: string;
                            name: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                    /** Format: uuid */
                    calendarId: string;
                    targets: {
                        L1: {
                            responseMinutes: number | null;
                            resolutionMinutes: number | null;
                            responseCalendarId?: string | null;
                            resolutionCalendarId?: string | null;
                        };
                        L2: {
                            responseMinutes: number | null;
                            resolutionMinutes: number | null;
                            responseCalendarId?: string | null;
                            resolutionCalendarId?: string | null;
                        };
                        L3: {
                            responseMinutes: number | null;
                            resolutionMinutes: number | null;
                            responseCalendarId?: string | null;
                            resolutionCalendarId?: string | null;
                        };
                        L4: {
                            responseMinutes: number | null;
                            resolutionMinutes: number | null;
                            responseCalendarId?: string | null;
                            resolutionCalendarId?: string | null;
                        };
                    };
                    /** @default 75 */
                    warningPercent?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        builtinKey: string | null;
                        name: string;
                        version: number;
                        current: {
                            /** Format: uuid */
                            policyId: string;
                            version: number;
                            effectiveFrom: string;
                            name: string;
                            description: string | null;
                            /** Format: uuid */
                            calendarId: string;
                            targets: {
                                L1: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L2: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L3: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L4: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                            };
                            warningPercent: number;
                            createdAt: string;
                            createdBy: string | null;
                        };
                        versions: {
                            version: number;
                            effectiveFrom: string;
                            name: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        builtinKey: string | null;
                        name: string;
                        version: number;
                        current: {
                            /** Format: uuid */
                            policyId: string;
                            version: number;
                            effectiveFrom: string;
                            name: string;
                            description: string | null;
                            /** Format: uuid */
                            calendarId: string;
                            targets: {
                                L1: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L2: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L3: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L4: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                            };
                            warningPercent: number;
                            createdAt: string;
                            createdBy: string | null;
                        };
                        versions: {
                            version: number;
                            effectiveFrom: string;
                            name: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateSlaPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    /** Format: uuid */
                    calendarId?: string;
                    targets?: {
                        L1?: {
                            responseMinutes: number | null;
                            resolutionMinutes: number | null;
                            responseCalendarId?: string | null;
                            resolutionCalendarId?: string | null;
                        };
                        L2?: {
                            responseMinutes: number | null;
                            resolutionMinutes: number | null;
                            responseCalendarId?: string | null;
                            resolutionCalendarId?: string | null;
                        };
                        L3?: {
                            responseMinutes: number | null;
                            resolutionMinutes: number | null;
                            responseCalendarId?: string | null;
                            resolutionCalendarId?: string | null;
                        };
                        L4?: {
                            responseMinutes: number | null;
                            resolutionMinutes: number | null;
                            responseCalendarId?: string | null;
                            resolutionCalendarId?: string | null;
                        };
                    };
                    warningPercent?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        builtinKey: string | null;
                        name: string;
                        version: number;
                        current: {
                            /** Format: uuid */
                            policyId: string;
                            version: number;
                            effectiveFrom: string;
                            name: string;
                            description: string | null;
                            /** Format: uuid */
                            calendarId: string;
                            targets: {
                                L1: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L2: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L3: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L4: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                            };
                            warningPercent: number;
                            createdAt: string;
                            createdBy: string | null;
                        };
                        versions: {
                            version: number;
                            effectiveFrom: string;
                            name: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSlaPolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        policyId: string;
                        version: number;
                        effectiveFrom: string;
                        name: string;
                        description: string | null;
                        /** Format: uuid */
                        calendarId: string;
                        targets: {
                            L1: {
                                responseMinutes: number | null;
                                resolutionMinutes: number | null;
                                responseCalendarId?: string | null;
                                resolutionCalendarId?: string | null;
                            };
                            L2: {
                                responseMinutes: number | null;
                                resolutionMinutes: number | null;
                                responseCalendarId?: string | null;
                                resolutionCalendarId?: string | null;
                            };
                            L3: {
                                responseMinutes: number | null;
                                resolutionMinutes: number | null;
                                responseCalendarId?: string | null;
                                resolutionCalendarId?: string | null;
                            };
                            L4: {
                                responseMinutes: number | null;
                                resolutionMinutes: number | null;
                                responseCalendarId?: string | null;
                                resolutionCalendarId?: string | null;
                            };
                        };
                        warningPercent: number;
                        createdAt: string;
                        createdBy: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                q?: string;
                active?: "true" | "false";
                critical?: "true" | "false";
                sort?: "name" | "-name" | "code" | "-code" | "createdAt" | "-createdAt";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            code: string;
                            name: string;
                            description: string | null;
                            critical: boolean;
                            active: boolean;
                            versionCount: number;
                            latestVersion: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    description?: string | null;
                    /** @default false */
                    critical?: boolean;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        description: string | null;
                        critical: boolean;
                        active: boolean;
                        versionCount: number;
                        latestVersion: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        description: string | null;
                        critical: boolean;
                        active: boolean;
                        versionCount: number;
                        latestVersion: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    name?: string;
                    description?: string | null;
                    critical?: boolean;
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        code: string;
                        name: string;
                        description: string | null;
                        critical: boolean;
                        active: boolean;
                        versionCount: number;
                        latestVersion: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listProductVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            productId: string;
                            name: string;
                            releaseDate: string | null;
                            releaseNotes: string | null;
                            fixedDefects: string[];
                            securityFixes: string[];
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createProductVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    releaseDate?: string | null;
                    releaseNotes?: string | null;
                    fixedDefects?: string[];
                    securityFixes?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        productId: string;
                        name: string;
                        releaseDate: string | null;
                        releaseNotes: string | null;
                        fixedDefects: string[];
                        securityFixes: string[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getProductVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        productId: string;
                        name: string;
                        releaseDate: string | null;
                        releaseNotes: string | null;
                        fixedDefects: string[];
                        securityFixes: string[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteProductVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateProductVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    releaseDate?: string | null;
                    releaseNotes?: string | null;
                    fixedDefects?: string[];
                    securityFixes?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        productId: string;
                        name: string;
                        releaseDate: string | null;
                        releaseNotes: string | null;
                        fixedDefects: string[];
                        securityFixes: string[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listDeployments: {
        parameters: {
            query?: {
                productId?: string;
                versionId?: string;
                environment?: "production" | "test";
                sort?: "-createdAt" | "createdAt";
                cursor?: string;
                limit?: number;
                customerId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            /** Format: uuid */
                            productId: string;
                            productName: string;
                            productCode: string;
                            critical: boolean;
                            /** Format: uuid */
                            versionId: string;
                            versionName: string;
                            /** @enum {string} */
                            environment: "production" | "test";
                            goLiveDate: string | null;
                            acceptanceDate: string | null;
                            notes: string | null;
                            warranty: {
                                startDate: string;
                                endDate: string;
                                /** @enum {string} */
                                status: "not_started" | "in_force" | "expired";
                                daysLeft: number;
                            } | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customerId: string;
                    /** Format: uuid */
                    productId: string;
                    /** Format: uuid */
                    versionId: string;
                    /**
                     * @default production
                     * @enum {string}
                     */
                    environment?: "production" | "test";
                    goLiveDate?: string | null;
                    acceptanceDate?: string | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        productCode: string;
                        critical: boolean;
                        /** Format: uuid */
                        versionId: string;
                        versionName: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        goLiveDate: string | null;
                        acceptanceDate: string | null;
                        notes: string | null;
                        warranty: {
                            startDate: string;
                            endDate: string;
                            /** @enum {string} */
                            status: "not_started" | "in_force" | "expired";
                            daysLeft: number;
                        } | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listCustomerDeployments: {
        parameters: {
            query?: {
                productId?: string;
                versionId?: string;
                environment?: "production" | "test";
                sort?: "-createdAt" | "createdAt";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            /** Format: uuid */
                            productId: string;
                            productName: string;
                            productCode: string;
                            critical: boolean;
                            /** Format: uuid */
                            versionId: string;
                            versionName: string;
                            /** @enum {string} */
                            environment: "production" | "test";
                            goLiveDate: string | null;
                            acceptanceDate: string | null;
                            notes: string | null;
                            warranty: {
                                startDate: string;
                                endDate: string;
                                /** @enum {string} */
                                status: "not_started" | "in_force" | "expired";
                                daysLeft: number;
                            } | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        productCode: string;
                        critical: boolean;
                        /** Format: uuid */
                        versionId: string;
                        versionName: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        goLiveDate: string | null;
                        acceptanceDate: string | null;
                        notes: string | null;
                        warranty: {
                            startDate: string;
                            endDate: string;
                            /** @enum {string} */
                            status: "not_started" | "in_force" | "expired";
                            daysLeft: number;
                        } | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    environment?: "production" | "test";
                    goLiveDate?: string | null;
                    acceptanceDate?: string | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        productCode: string;
                        critical: boolean;
                        /** Format: uuid */
                        versionId: string;
                        versionName: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        goLiveDate: string | null;
                        acceptanceDate: string | null;
                        notes: string | null;
                        warranty: {
                            startDate: string;
                            endDate: string;
                            /** @enum {string} */
                            status: "not_started" | "in_force" | "expired";
                            daysLeft: number;
                        } | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    upgradeDeployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    toVersionId: string;
                    /**
                     * @default planned
                     * @enum {string}
                     */
                    kind?: "planned" | "emergency";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        productCode: string;
                        critical: boolean;
                        /** Format: uuid */
                        versionId: string;
                        versionName: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        goLiveDate: string | null;
                        acceptanceDate: string | null;
                        notes: string | null;
                        warranty: {
                            startDate: string;
                            endDate: string;
                            /** @enum {string} */
                            status: "not_started" | "in_force" | "expired";
                            daysLeft: number;
                        } | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getDeploymentHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            fromVersionId: string | null;
                            fromVersionName: string | null;
                            /** Format: uuid */
                            toVersionId: string;
                            toVersionName: string;
                            at: string;
                            byUserId: string | null;
                            byName: string;
                            /** @enum {string} */
                            kind: "initial" | "planned" | "emergency";
                            note: string | null;
                            plannedUpgradeId: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listPlannedUpgrades: {
        parameters: {
            query?: {
                status?: string | string[];
                customerId?: string;
                emergency?: "true" | "false";
                windowFrom?: string;
                windowTo?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            deploymentId: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            /** Format: uuid */
                            productId: string;
                            productName: string;
                            /** @enum {string} */
                            environment: "production" | "test";
                            /** Format: uuid */
                            currentVersionId: string;
                            currentVersionName: string;
                            /** Format: uuid */
                            targetVersionId: string;
                            targetVersionName: string;
                            noticeDate: string | null;
                            windowStart: string;
                            windowEnd: string;
                            /** @enum {string} */
                            status: "planned" | "notified" | "in_progress" | "done" | "cancelled";
                            emergency: boolean;
                            preparationGuide: string | null;
                            notes: string | null;
                            followUp: string | null;
                            notifiedAt: string | null;
                            startedAt: string | null;
                            completedAt: string | null;
                            cancelledAt: string | null;
                            nextStatuses: ("planned" | "notified" | "in_progress" | "done" | "cancelled")[];
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listDeploymentUpgrades: {
        parameters: {
            query?: {
                status?: string | string[];
                customerId?: string;
                emergency?: "true" | "false";
                windowFrom?: string;
                windowTo?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            deploymentId: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            /** Format: uuid */
                            productId: string;
                            productName: string;
                            /** @enum {string} */
                            environment: "production" | "test";
                            /** Format: uuid */
                            currentVersionId: string;
                            currentVersionName: string;
                            /** Format: uuid */
                            targetVersionId: string;
                            targetVersionName: string;
                            noticeDate: string | null;
                            windowStart: string;
                            windowEnd: string;
                            /** @enum {string} */
                            status: "planned" | "notified" | "in_progress" | "done" | "cancelled";
                            emergency: boolean;
                            preparationGuide: string | null;
                            notes: string | null;
                            followUp: string | null;
                            notifiedAt: string | null;
                            startedAt: string | null;
                            completedAt: string | null;
                            cancelledAt: string | null;
                            nextStatuses: ("planned" | "notified" | "in_progress" | "done" | "cancelled")[];
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    planUpgrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    targetVersionId: string;
                    noticeDate?: string | null;
                    /** Format: date-time */
                    windowStart: string;
                    /** Format: date-time */
                    windowEnd: string;
                    /** @default false */
                    emergency?: boolean;
                    preparationGuide?: string | null;
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        deploymentId: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        /** Format: uuid */
                        currentVersionId: string;
                        currentVersionName: string;
                        /** Format: uuid */
                        targetVersionId: string;
                        targetVersionName: string;
                        noticeDate: string | null;
                        windowStart: string;
                        windowEnd: string;
                        /** @enum {string} */
                        status: "planned" | "notified" | "in_progress" | "done" | "cancelled";
                        emergency: boolean;
                        preparationGuide: string | null;
                        notes: string | null;
                        followUp: string | null;
                        notifiedAt: string | null;
                        startedAt: string | null;
                        completedAt: string | null;
                        cancelledAt: string | null;
                        nextStatuses: ("planned" | "notified" | "in_progress" | "done" | "cancelled")[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPlannedUpgrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        deploymentId: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        /** Format: uuid */
                        currentVersionId: string;
                        currentVersionName: string;
                        /** Format: uuid */
                        targetVersionId: string;
                        targetVersionName: string;
                        noticeDate: string | null;
                        windowStart: string;
                        windowEnd: string;
                        /** @enum {string} */
                        status: "planned" | "notified" | "in_progress" | "done" | "cancelled";
                        emergency: boolean;
                        preparationGuide: string | null;
                        notes: string | null;
                        followUp: string | null;
                        notifiedAt: string | null;
                        startedAt: string | null;
                        completedAt: string | null;
                        cancelledAt: string | null;
                        nextStatuses: ("planned" | "notified" | "in_progress" | "done" | "cancelled")[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updatePlannedUpgrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    targetVersionId?: string;
                    noticeDate?: string | null;
                    /** Format: date-time */
                    windowStart?: string;
                    /** Format: date-time */
                    windowEnd?: string;
                    emergency?: boolean;
                    preparationGuide?: string | null;
                    notes?: string | null;
                    followUp?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        deploymentId: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        /** Format: uuid */
                        currentVersionId: string;
                        currentVersionName: string;
                        /** Format: uuid */
                        targetVersionId: string;
                        targetVersionName: string;
                        noticeDate: string | null;
                        windowStart: string;
                        windowEnd: string;
                        /** @enum {string} */
                        status: "planned" | "notified" | "in_progress" | "done" | "cancelled";
                        emergency: boolean;
                        preparationGuide: string | null;
                        notes: string | null;
                        followUp: string | null;
                        notifiedAt: string | null;
                        startedAt: string | null;
                        completedAt: string | null;
                        cancelledAt: string | null;
                        nextStatuses: ("planned" | "notified" | "in_progress" | "done" | "cancelled")[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    transitionPlannedUpgrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "notified" | "in_progress" | "done" | "cancelled";
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        deploymentId: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        /** Format: uuid */
                        currentVersionId: string;
                        currentVersionName: string;
                        /** Format: uuid */
                        targetVersionId: string;
                        targetVersionName: string;
                        noticeDate: string | null;
                        windowStart: string;
                        windowEnd: string;
                        /** @enum {string} */
                        status: "planned" | "notified" | "in_progress" | "done" | "cancelled";
                        emergency: boolean;
                        preparationGuide: string | null;
                        notes: string | null;
                        followUp: string | null;
                        notifiedAt: string | null;
                        startedAt: string | null;
                        completedAt: string | null;
                        cancelledAt: string | null;
                        nextStatuses: ("planned" | "notified" | "in_progress" | "done" | "cancelled")[];
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listWarranties: {
        parameters: {
            query?: {
                customerId?: string;
                productId?: string;
                status?: "not_started" | "in_force" | "expired";
                expiringWithinDays?: number;
                sort?: "endDate" | "-endDate";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            deploymentId: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            /** Format: uuid */
                            productId: string;
                            productName: string;
                            productCode: string;
                            /** @enum {string} */
                            environment: "production" | "test";
                            startDate: string;
                            startFromAcceptance: boolean;
                            months: number;
                            endDate: string;
                            coverage: ("bug_fix" | "functional_update" | "performance" | "security_fix")[];
                            /** @enum {string} */
                            status: "not_started" | "in_force" | "expired";
                            daysLeft: number;
                            notes: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                        today: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getDeploymentWarranty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        deploymentId: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        productCode: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        startDate: string;
                        startFromAcceptance: boolean;
                        months: number;
                        endDate: string;
                        coverage: ("bug_fix" | "functional_update" | "performance" | "security_fix")[];
                        /** @enum {string} */
                        status: "not_started" | "in_force" | "expired";
                        daysLeft: number;
                        notes: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateWarranty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    startDate?: string | null;
                    months?: number;
                    coverage?: ("bug_fix" | "functional_update" | "performance" | "security_fix")[];
                    notes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        deploymentId: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** Format: uuid */
                        productId: string;
                        productName: string;
                        productCode: string;
                        /** @enum {string} */
                        environment: "production" | "test";
                        startDate: string;
                        startFromAcceptance: boolean;
                        months: number;
                        endDate: string;
                        coverage: ("bug_fix" | "functional_update" | "performance" | "security_fix")[];
                        /** @enum {string} */
                        status: "not_started" | "in_force" | "expired";
                        daysLeft: number;
                        notes: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listContracts: {
        parameters: {
            query?: {
                type?: "implementation" | "maintenance" | "uat" | "memorandum";
                state?: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                customerId?: string;
                ownerId?: string;
                expiringWithinDays?: number;
                sort?: "endDate" | "-endDate" | "-createdAt" | "number";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            /** @enum {string} */
                            type: "implementation" | "maintenance" | "uat" | "memorandum";
                            title: string;
                            amount: string;
                            signedDate: string | null;
                            startDate: string;
                            endDate: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            parentId: string | null;
                            /** @enum {string} */
                            state: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                            terminationReason: string | null;
                            termsVersion: number;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                        today: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createContract: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number: string;
                    /** Format: uuid */
                    customerId: string;
                    /** @enum {string} */
                    type: "implementation" | "maintenance" | "uat" | "memorandum";
                    title: string;
                    amount: string;
                    signedDate?: string | null;
                    startDate: string;
                    endDate: string;
                    /** Format: uuid */
                    ownerId?: string;
                    parentId?: string | null;
                    terms?: {
                        scope: {
                            /** @enum {string} */
                            type: "bug_fix" | "functional_update" | "performance" | "security_fix" | "inspection" | "training" | "on_site" | "data_migration" | "upgrade";
                            /** @enum {string} */
                            frequency?: "weekly" | "monthly" | "quarterly" | "half_yearly" | "yearly" | "on_demand";
                            quota?: number;
                            notes?: string;
                        }[];
                        /** @default [] */
                        coveredProducts?: {
                            /** Format: uuid */
                            productId: string;
                            /** @default [] */
                            deploymentIds?: string[];
                            /** @default [] */
                            modules?: string[];
                        }[];
                        slaPolicyId: string | null;
                        /** @default null */
                        uptimeTargetPercent?: number | null;
                        /** @default null */
                        dataProtection?: {
                            /** @enum {string} */
                            backupFrequency: "hourly" | "daily" | "weekly" | "monthly";
                            storageLocation: string;
                            recoveryTimeHours: number;
                        } | null;
                        /** @enum {string} */
                        upgrades: "included" | "charged";
                        payment: {
                            /** @enum {string} */
                            mode: "one_time" | "installments";
                            /** @default [] */
                            installments?: {
                                dueDate: string;
                                amount: string;
                                paidAt?: string | null;
                            }[];
                        };
                        /** @default [] */
                        penalties?: {
                            /** @enum {string} */
                            metric: "response_rate" | "resolution_rate" | "uptime";
                            threshold: number;
                            deductPercent: number;
                            capPercent: number;
                        }[];
                        /** @default [] */
                        rewards?: {
                            consecutivePeriods: number;
                            /** @enum {string} */
                            kind: "renewal_discount" | "bonus";
                            percent: number;
                        }[];
                        /**
                         * @default {
                         *       "steps": [
                         *         "negotiation",
                         *         "mediation",
                         *         "arbitration",
                         *         "court"
                         *       ]
                         *     }
                         */
                        dispute?: {
                            steps: ("negotiation" | "mediation" | "arbitration" | "court")[];
                            venue?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        type: "implementation" | "maintenance" | "uat" | "memorandum";
                        title: string;
                        amount: string;
                        signedDate: string | null;
                        startDate: string;
                        endDate: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        parentId: string | null;
                        /** @enum {string} */
                        state: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                        terminationReason: string | null;
                        termsVersion: number;
                        terms: {
                            [key: string]: unknown;
                        };
                        approvalId: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listCustomerContracts: {
        parameters: {
            query?: {
                type?: "implementation" | "maintenance" | "uat" | "memorandum";
                state?: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                ownerId?: string;
                expiringWithinDays?: number;
                sort?: "endDate" | "-endDate" | "-createdAt" | "number";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            /** @enum {string} */
                            type: "implementation" | "maintenance" | "uat" | "memorandum";
                            title: string;
                            amount: string;
                            signedDate: string | null;
                            startDate: string;
                            endDate: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            parentId: string | null;
                            /** @enum {string} */
                            state: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                            terminationReason: string | null;
                            termsVersion: number;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                        today: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        type: "implementation" | "maintenance" | "uat" | "memorandum";
                        title: string;
                        amount: string;
                        signedDate: string | null;
                        startDate: string;
                        endDate: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        parentId: string | null;
                        /** @enum {string} */
                        state: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                        terminationReason: string | null;
                        termsVersion: number;
                        terms: {
                            [key: string]: unknown;
                        };
                        approvalId: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number?: string;
                    title?: string;
                    amount?: string;
                    signedDate?: string | null;
                    startDate?: string;
                    endDate?: string;
                    /** Format: uuid */
                    ownerId?: string;
                    parentId?: string | null;
                    terms?: {
                        scope: {
                            /** @enum {string} */
                            type: "bug_fix" | "functional_update" | "performance" | "security_fix" | "inspection" | "training" | "on_site" | "data_migration" | "upgrade";
                            /** @enum {string} */
                            frequency?: "weekly" | "monthly" | "quarterly" | "half_yearly" | "yearly" | "on_demand";
                            quota?: number;
                            notes?: string;
                        }[];
                        /** @default [] */
                        coveredProducts?: {
                            /** Format: uuid */
                            productId: string;
                            /** @default [] */
                            deploymentIds?: string[];
                            /** @default [] */
                            modules?: string[];
                        }[];
                        slaPolicyId: string | null;
                        /** @default null */
                        uptimeTargetPercent?: number | null;
                        /** @default null */
                        dataProtection?: {
                            /** @enum {string} */
                            backupFrequency: "hourly" | "daily" | "weekly" | "monthly";
                            storageLocation: string;
                            recoveryTimeHours: number;
                        } | null;
                        /** @enum {string} */
                        upgrades: "included" | "charged";
                        payment: {
                            /** @enum {string} */
                            mode: "one_time" | "installments";
                            /** @default [] */
                            installments?: {
                                dueDate: string;
                                amount: string;
                                paidAt?: string | null;
                            }[];
                        };
                        /** @default [] */
                        penalties?: {
                            /** @enum {string} */
                            metric: "response_rate" | "resolution_rate" | "uptime";
                            threshold: number;
                            deductPercent: number;
                            capPercent: number;
                        }[];
                        /** @default [] */
                        rewards?: {
                            consecutivePeriods: number;
                            /** @enum {string} */
                            kind: "renewal_discount" | "bonus";
                            percent: number;
                        }[];
                        /**
                         * @default {
                         *       "steps": [
                         *         "negotiation",
                         *         "mediation",
                         *         "arbitration",
                         *         "court"
                         *       ]
                         *     }
                         */
                        dispute?: {
                            steps: ("negotiation" | "mediation" | "arbitration" | "court")[];
                            venue?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        type: "implementation" | "maintenance" | "uat" | "memorandum";
                        title: string;
                        amount: string;
                        signedDate: string | null;
                        startDate: string;
                        endDate: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        parentId: string | null;
                        /** @enum {string} */
                        state: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                        terminationReason: string | null;
                        termsVersion: number;
                        terms: {
                            [key: string]: unknown;
                        };
                        approvalId: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    transitionContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    to: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        type: "implementation" | "maintenance" | "uat" | "memorandum";
                        title: string;
                        amount: string;
                        signedDate: string | null;
                        startDate: string;
                        endDate: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        parentId: string | null;
                        /** @enum {string} */
                        state: "draft" | "in_review" | "active" | "expiring" | "expired" | "renewed" | "terminated";
                        terminationReason: string | null;
                        termsVersion: number;
                        terms: {
                            [key: string]: unknown;
                        };
                        approvalId: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getContractTerms: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: {
                            version: number;
                            effectiveFrom: string;
                            terms: {
                                [key: string]: unknown;
                            };
                            sla?: {
                                /** Format: uuid */
                                policyId: string;
                                policyVersion: number;
                                name: string;
                                effectiveFrom: string;
                                /** Format: uuid */
                                calendarId: string;
                                calendarName: string | null;
                                targets: {
                                    L1: {
                                        responseMinutes: number | null;
                                        resolutionMinutes: number | null;
                                        responseCalendarId?: string | null;
                                        resolutionCalendarId?: string | null;
                                    };
                                    L2: {
                                        responseMinutes: number | null;
                                        resolutionMinutes: number | null;
                                        responseCalendarId?: string | null;
                                        resolutionCalendarId?: string | null;
                                    };
                                    L3: {
                                        responseMinutes: number | null;
                                        resolutionMinutes: number | null;
                                        responseCalendarId?: string | null;
                                        resolutionCalendarId?: string | null;
                                    };
                                    L4: {
                                        responseMinutes: number | null;
                                        resolutionMinutes: number | null;
                                        responseCalendarId?: string | null;
                                        resolutionCalendarId?: string | null;
                                    };
                                };
                                warningPercent: number;
                            } | null;
                            createdBy: string | null;
                            changeRequestId: string | null;
                            createdAt: string;
                        };
                        versions: {
                            version: number;
                            effectiveFrom: string;
                            terms: {
                                [key: string]: unknown;
                            };
                            sla?: {
                                /** Format: uuid */
                                policyId: string;
                                policyVersion: number;
                                name: string;
                                effectiveFrom: string;
                                /** Format: uuid */
                                calendarId: string;
                                calendarName: string | null;
                                targets: {
                                    L1: {
                                        responseMinutes: number | null;
                                        resolutionMinutes: number | null;
                                        responseCalendarId?: string | null;
                                        resolutionCalendarId?: string | null;
                                    };
                                    L2: {
                                        responseMinutes: number | null;
                                        resolutionMinutes: number | null;
                                        responseCalendarId?: string | null;
                                        resolutionCalendarId?: string | null;
                                    };
                                    L3: {
                                        responseMinutes: number | null;
                                        resolutionMinutes: number | null;
                                        responseCalendarId?: string | null;
                                        resolutionCalendarId?: string | null;
                                    };
                                    L4: {
                                        responseMinutes: number | null;
                                        resolutionMinutes: number | null;
                                        responseCalendarId?: string | null;
                                        resolutionCalendarId?: string | null;
                                    };
                                };
                                warningPercent: number;
                            } | null;
                            createdBy: string | null;
                            changeRequestId: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getContractTermsVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        effectiveFrom: string;
                        terms: {
                            [key: string]: unknown;
                        };
                        sla?: {
                            /** Format: uuid */
                            policyId: string;
                            policyVersion: number;
                            name: string;
                            effectiveFrom: string;
                            /** Format: uuid */
                            calendarId: string;
                            calendarName: string | null;
                            targets: {
                                L1: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L2: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L3: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                                L4: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                    responseCalendarId?: string | null;
                                    resolutionCalendarId?: string | null;
                                };
                            };
                            warningPercent: number;
                        } | null;
                        createdBy: string | null;
                        changeRequestId: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listChangeRequests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        contractId: string;
                        reason: string;
                        terms: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "cancelled";
                        approvalId: string | null;
                        resultingVersion: number | null;
                        createdBy: string | null;
                        createdByName: string;
                        createdAt: string;
                        decidedAt: string | null;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    terms: {
                        scope: {
                            /** @enum {string} */
                            type: "bug_fix" | "functional_update" | "performance" | "security_fix" | "inspection" | "training" | "on_site" | "data_migration" | "upgrade";
                            /** @enum {string} */
                            frequency?: "weekly" | "monthly" | "quarterly" | "half_yearly" | "yearly" | "on_demand";
                            quota?: number;
                            notes?: string;
                        }[];
                        /** @default [] */
                        coveredProducts?: {
                            /** Format: uuid */
                            productId: string;
                            /** @default [] */
                            deploymentIds?: string[];
                            /** @default [] */
                            modules?: string[];
                        }[];
                        slaPolicyId: string | null;
                        /** @default null */
                        uptimeTargetPercent?: number | null;
                        /** @default null */
                        dataProtection?: {
                            /** @enum {string} */
                            backupFrequency: "hourly" | "daily" | "weekly" | "monthly";
                            storageLocation: string;
                            recoveryTimeHours: number;
                        } | null;
                        /** @enum {string} */
                        upgrades: "included" | "charged";
                        payment: {
                            /** @enum {string} */
                            mode: "one_time" | "installments";
                            /** @default [] */
                            installments?: {
                                dueDate: string;
                                amount: string;
                                paidAt?: string | null;
                            }[];
                        };
                        /** @default [] */
                        penalties?: {
                            /** @enum {string} */
                            metric: "response_rate" | "resolution_rate" | "uptime";
                            threshold: number;
                            deductPercent: number;
                            capPercent: number;
                        }[];
                        /** @default [] */
                        rewards?: {
                            consecutivePeriods: number;
                            /** @enum {string} */
                            kind: "renewal_discount" | "bonus";
                            percent: number;
                        }[];
                        /**
                         * @default {
                         *       "steps": [
                         *         "negotiation",
                         *         "mediation",
                         *         "arbitration",
                         *         "court"
                         *       ]
                         *     }
                         */
                        dispute?: {
                            steps: ("negotiation" | "mediation" | "arbitration" | "court")[];
                            venue?: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        contractId: string;
                        reason: string;
                        terms: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "cancelled";
                        approvalId: string | null;
                        resultingVersion: number | null;
                        createdBy: string | null;
                        createdByName: string;
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listContractDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        contractId: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        sha256: string;
                        uploadedBy: string | null;
                        uploadedByName: string;
                        createdAt: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    uploadContractDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        contractId: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        sha256: string;
                        uploadedBy: string | null;
                        uploadedByName: string;
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    downloadContractDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteContractDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                documentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listRenewalTasks: {
        parameters: {
            query?: {
                status?: "open" | "in_progress" | "done" | "dropped";
                ownerId?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            contractId: string;
                            contractNumber: string;
                            contractTitle: string;
                            contractState: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            ownerId: string | null;
                            ownerName: string | null;
                            endDate: string;
                            daysLeft: number;
                            openedAtDays: number;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            note: string | null;
                            newContractId: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string | null;
                        }[];
                        nextCursor: string | null;
                        today: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateRenewalTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "open" | "in_progress" | "done" | "dropped";
                    note?: string | null;
                    newContractId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        contractId: string;
                        contractNumber: string;
                        contractTitle: string;
                        contractState: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        ownerId: string | null;
                        ownerName: string | null;
                        endDate: string;
                        daysLeft: number;
                        openedAtDays: number;
                        /** @enum {string} */
                        status: "open" | "in_progress" | "done" | "dropped";
                        note: string | null;
                        newContractId: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                mine?: "true" | "false";
                status?: "pending" | "approved" | "rejected" | "cancelled";
                kind?: string;
                subjectId?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            subjectType: string;
                            /** Format: uuid */
                            subjectId: string;
                            customerId: string | null;
                            title: string;
                            steps: string[];
                            currentStep: number;
                            currentRole: string | null;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected" | "cancelled";
                            requestedBy: string | null;
                            requestedByName: string;
                            decisions: {
                                step: number;
                                roleKey: string;
                                userId: string | null;
                                userName: string;
                                /** @enum {string} */
                                decision: "approve" | "reject";
                                comment: string | null;
                                at: string;
                            }[];
                            completedAt: string | null;
                            version: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        subjectType: string;
                        /** Format: uuid */
                        subjectId: string;
                        customerId: string | null;
                        title: string;
                        steps: string[];
                        currentStep: number;
                        currentRole: string | null;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "cancelled";
                        requestedBy: string | null;
                        requestedByName: string;
                        decisions: {
                            step: number;
                            roleKey: string;
                            userId: string | null;
                            userName: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            comment: string | null;
                            at: string;
                        }[];
                        completedAt: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    decideApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        subjectType: string;
                        /** Format: uuid */
                        subjectId: string;
                        customerId: string | null;
                        title: string;
                        steps: string[];
                        currentStep: number;
                        currentRole: string | null;
                        /** @enum {string} */
                        status: "pending" | "approved" | "rejected" | "cancelled";
                        requestedBy: string | null;
                        requestedByName: string;
                        decisions: {
                            step: number;
                            roleKey: string;
                            userId: string | null;
                            userName: string;
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            comment: string | null;
                            at: string;
                        }[];
                        completedAt: string | null;
                        version: number;
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    checkEntitlement: {
        parameters: {
            query: {
                customerId: string;
                deploymentId?: string;
                productId?: string;
                category: "consultation" | "incident" | "defect" | "feature_request" | "security" | "upgrade" | "training" | "data_migration" | "customization" | "on_site";
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        coverage: "contract" | "warranty" | "billable";
                        date: string;
                        /** @enum {string} */
                        category: "consultation" | "incident" | "defect" | "feature_request" | "security" | "upgrade" | "training" | "data_migration" | "customization" | "on_site";
                        contract?: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            title: string;
                            startDate: string;
                            endDate: string;
                            termsVersion: number;
                            slaPolicyId: string | null;
                            policyName: string | null;
                            policyVersion: number | null;
                            targets: {
                                L1: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                };
                                L2: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                };
                                L3: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                };
                                L4: {
                                    responseMinutes: number | null;
                                    resolutionMinutes: number | null;
                                };
                            } | null;
                            calendarId: string | null;
                            calendarName: string | null;
                        };
                        warranty?: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            deploymentId: string;
                            /** Format: uuid */
                            productId: string;
                            productName: string;
                            startDate: string;
                            endDate: string;
                            coverage: ("bug_fix" | "functional_update" | "performance" | "security_fix")[];
                        };
                        /** @enum {string} */
                        feeCategory?: "basic_maintenance" | "technical_support" | "upgrade" | "customization" | "training" | "other";
                        reasons: {
                            code: string;
                            message: string;
                            data: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listRequests: {
        parameters: {
            query?: {
                view?: "mine" | "team" | "unassigned" | "at_risk" | "breached" | "waiting" | "all";
                customerId?: string;
                severity?: string | string[];
                category?: string | string[];
                state?: string | string[];
                stateCategory?: string | string[];
                assigneeId?: string;
                teamId?: string;
                productId?: string;
                coverage?: string | string[];
                channel?: string | string[];
                receivedFrom?: string;
                receivedTo?: string;
                q?: string;
                /** @description due: open work only unless state or stateCategory is given (due times of finished requests are history) */
                sort?: "due" | "received" | "updated" | "severity" | "number";
                order?: "asc" | "desc";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            subject: string;
                            /** Format: uuid */
                            customerId: string;
                            customerName: string;
                            /** @enum {string} */
                            severity: "L1" | "L2" | "L3" | "L4";
                            category: string;
                            /** @enum {string} */
                            channel: "portal" | "phone" | "email" | "chat" | "api";
                            state: string;
                            /** @enum {string} */
                            stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                            /** @enum {string} */
                            coverage: "contract" | "warranty" | "billable";
                            teamId: string | null;
                            teamName: string | null;
                            tier: number;
                            assigneeId: string | null;
                            assigneeName: string | null;
                            productId: string | null;
                            receivedAt: string;
                            responseWarnAt: string | null;
                            responseDueAt: string | null;
                            resolutionWarnAt: string | null;
                            resolutionDueAt: string | null;
                            pausedAt: string | null;
                            firstResponseAt: string | null;
                            resolvedAt: string | null;
                            responseBreachedAt: string | null;
                            resolutionBreachedAt: string | null;
                            responseWarnedAt: string | null;
                            resolutionWarnedAt: string | null;
                            updatedAt: string;
                            version: number;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    receiveRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customerId: string;
                    contactId?: string | null;
                    deploymentId?: string | null;
                    productId?: string | null;
                    productVersionId?: string | null;
                    /**
                     * @default phone
                     * @enum {string}
                     */
                    channel?: "portal" | "phone" | "email" | "chat" | "api";
                    /** @enum {string} */
                    category: "consultation" | "incident" | "defect" | "feature_request" | "security" | "upgrade" | "training" | "data_migration" | "customization" | "on_site";
                    /** @enum {string} */
                    severity: "L1" | "L2" | "L3" | "L4";
                    subject: string;
                    /** @default  */
                    description?: string;
                    environment?: string | null;
                    reproductionSteps?: string | null;
                    impactScope?: string | null;
                    tags?: string[];
                    teamId?: string | null;
                    assigneeId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        subject: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        severity: "L1" | "L2" | "L3" | "L4";
                        category: string;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "chat" | "api";
                        state: string;
                        /** @enum {string} */
                        stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @enum {string} */
                        coverage: "contract" | "warranty" | "billable";
                        teamId: string | null;
                        teamName: string | null;
                        tier: number;
                        assigneeId: string | null;
                        assigneeName: string | null;
                        productId: string | null;
                        receivedAt: string;
                        responseWarnAt: string | null;
                        responseDueAt: string | null;
                        resolutionWarnAt: string | null;
                        resolutionDueAt: string | null;
                        pausedAt: string | null;
                        firstResponseAt: string | null;
                        resolvedAt: string | null;
                        responseBreachedAt: string | null;
                        resolutionBreachedAt: string | null;
                        responseWarnedAt: string | null;
                        resolutionWarnedAt: string | null;
                        updatedAt: string;
                        version: number;
                        contactId: string | null;
                        contactName: string | null;
                        deploymentId: string | null;
                        deploymentName: string | null;
                        productName: string | null;
                        productVersionId: string | null;
                        description: string;
                        environment: string | null;
                        reproductionSteps: string | null;
                        impactScope: string | null;
                        tags: string[];
                        stateName: {
                            zh: string;
                            en: string;
                        };
                        allowedTransitions: string[];
                        contractId: string | null;
                        warrantyId: string | null;
                        feeCategory: string | null;
                        entitlement: {
                            [key: string]: unknown;
                        };
                        slaPolicyId: string | null;
                        slaPolicyVersion: number | null;
                        calendarId: string | null;
                        responseTargetMinutes: number | null;
                        resolutionTargetMinutes: number | null;
                        warningPercent: number;
                        slaProvisionalYears: number[];
                        pausedWorkingSeconds: number;
                        nextSlaCheckAt: string | null;
                        firstResponseCalendarMinutes: number | null;
                        firstResponseWorkingMinutes: number | null;
                        responseMet: boolean | null;
                        resolutionCalendarMinutes: number | null;
                        resolutionWorkingMinutes: number | null;
                        resolutionMet: boolean | null;
                        closedAt: string | null;
                        reopenCount: number;
                        breachCount: number;
                        rootCauseCategory: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                        analysisNotes: string | null;
                        workaround: string | null;
                        fixDescription: string | null;
                        fixVersionId: string | null;
                        fixVersionName: string | null;
                        verificationStatus: ("pending" | "confirmed" | "rejected") | null;
                        verifiedAt: string | null;
                        verificationNote: string | null;
                        closingCause: string | null;
                        closingSolution: string | null;
                        closingPrevention: string | null;
                        mergedIntoId: string | null;
                        imported: boolean;
                        createdBy: string | null;
                        createdAt: string;
                        relations: {
                            /** Format: uuid */
                            requestId: string;
                            number: string;
                            subject: string;
                            /** @enum {string} */
                            kind: "duplicate_of" | "caused_by" | "related";
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    countRequestViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mine: number;
                        team: number;
                        unassigned: number;
                        at_risk: number;
                        breached: number;
                        waiting: number;
                        cap: number | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    exportRequests: {
        parameters: {
            query?: {
                view?: "mine" | "team" | "unassigned" | "at_risk" | "breached" | "waiting" | "all";
                customerId?: string;
                severity?: string | string[];
                category?: string | string[];
                state?: string | string[];
                stateCategory?: string | string[];
                assigneeId?: string;
                teamId?: string;
                productId?: string;
                coverage?: string | string[];
                channel?: string | string[];
                receivedFrom?: string;
                receivedTo?: string;
                q?: string;
                /** @description due: open work only unless state or stateCategory is given (due times of finished requests are history) */
                sort?: "due" | "received" | "updated" | "severity" | "number";
                order?: "asc" | "desc";
                format?: "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getRequestDetail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        subject: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        severity: "L1" | "L2" | "L3" | "L4";
                        category: string;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "chat" | "api";
                        state: string;
                        /** @enum {string} */
                        stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @enum {string} */
                        coverage: "contract" | "warranty" | "billable";
                        teamId: string | null;
                        teamName: string | null;
                        tier: number;
                        assigneeId: string | null;
                        assigneeName: string | null;
                        productId: string | null;
                        receivedAt: string;
                        responseWarnAt: string | null;
                        responseDueAt: string | null;
                        resolutionWarnAt: string | null;
                        resolutionDueAt: string | null;
                        pausedAt: string | null;
                        firstResponseAt: string | null;
                        resolvedAt: string | null;
                        responseBreachedAt: string | null;
                        resolutionBreachedAt: string | null;
                        responseWarnedAt: string | null;
                        resolutionWarnedAt: string | null;
                        updatedAt: string;
                        version: number;
                        contactId: string | null;
                        contactName: string | null;
                        deploymentId: string | null;
                        deploymentName: string | null;
                        productName: string | null;
                        productVersionId: string | null;
                        description: string;
                        environment: string | null;
                        reproductionSteps: string | null;
                        impactScope: string | null;
                        tags: string[];
                        stateName: {
                            zh: string;
                            en: string;
                        };
                        allowedTransitions: string[];
                        contractId: string | null;
                        warrantyId: string | null;
                        feeCategory: string | null;
                        entitlement: {
                            [key: string]: unknown;
                        };
                        slaPolicyId: string | null;
                        slaPolicyVersion: number | null;
                        calendarId: string | null;
                        responseTargetMinutes: number | null;
                        resolutionTargetMinutes: number | null;
                        warningPercent: number;
                        slaProvisionalYears: number[];
                        pausedWorkingSeconds: number;
                        nextSlaCheckAt: string | null;
                        firstResponseCalendarMinutes: number | null;
                        firstResponseWorkingMinutes: number | null;
                        responseMet: boolean | null;
                        resolutionCalendarMinutes: number | null;
                        resolutionWorkingMinutes: number | null;
                        resolutionMet: boolean | null;
                        closedAt: string | null;
                        reopenCount: number;
                        breachCount: number;
                        rootCauseCategory: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                        analysisNotes: string | null;
                        workaround: string | null;
                        fixDescription: string | null;
                        fixVersionId: string | null;
                        fixVersionName: string | null;
                        verificationStatus: ("pending" | "confirmed" | "rejected") | null;
                        verifiedAt: string | null;
                        verificationNote: string | null;
                        closingCause: string | null;
                        closingSolution: string | null;
                        closingPrevention: string | null;
                        mergedIntoId: string | null;
                        imported: boolean;
                        createdBy: string | null;
                        createdAt: string;
                        relations: {
                            /** Format: uuid */
                            requestId: string;
                            number: string;
                            subject: string;
                            /** @enum {string} */
                            kind: "duplicate_of" | "caused_by" | "related";
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject?: string;
                    description?: string;
                    /** @enum {string} */
                    category?: "consultation" | "incident" | "defect" | "feature_request" | "security" | "upgrade" | "training" | "data_migration" | "customization" | "on_site";
                    /** @enum {string} */
                    severity?: "L1" | "L2" | "L3" | "L4";
                    reason?: string;
                    contactId?: string | null;
                    deploymentId?: string | null;
                    productId?: string | null;
                    productVersionId?: string | null;
                    environment?: string | null;
                    reproductionSteps?: string | null;
                    impactScope?: string | null;
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        subject: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        severity: "L1" | "L2" | "L3" | "L4";
                        category: string;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "chat" | "api";
                        state: string;
                        /** @enum {string} */
                        stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @enum {string} */
                        coverage: "contract" | "warranty" | "billable";
                        teamId: string | null;
                        teamName: string | null;
                        tier: number;
                        assigneeId: string | null;
                        assigneeName: string | null;
                        productId: string | null;
                        receivedAt: string;
                        responseWarnAt: string | null;
                        responseDueAt: string | null;
                        resolutionWarnAt: string | null;
                        resolutionDueAt: string | null;
                        pausedAt: string | null;
                        firstResponseAt: string | null;
                        resolvedAt: string | null;
                        responseBreachedAt: string | null;
                        resolutionBreachedAt: string | null;
                        responseWarnedAt: string | null;
                        resolutionWarnedAt: string | null;
                        updatedAt: string;
                        version: number;
                        contactId: string | null;
                        contactName: string | null;
                        deploymentId: string | null;
                        deploymentName: string | null;
                        productName: string | null;
                        productVersionId: string | null;
                        description: string;
                        environment: string | null;
                        reproductionSteps: string | null;
                        impactScope: string | null;
                        tags: string[];
                        stateName: {
                            zh: string;
                            en: string;
                        };
                        allowedTransitions: string[];
                        contractId: string | null;
                        warrantyId: string | null;
                        feeCategory: string | null;
                        entitlement: {
                            [key: string]: unknown;
                        };
                        slaPolicyId: string | null;
                        slaPolicyVersion: number | null;
                        calendarId: string | null;
                        responseTargetMinutes: number | null;
                        resolutionTargetMinutes: number | null;
                        warningPercent: number;
                        slaProvisionalYears: number[];
                        pausedWorkingSeconds: number;
                        nextSlaCheckAt: string | null;
                        firstResponseCalendarMinutes: number | null;
                        firstResponseWorkingMinutes: number | null;
                        responseMet: boolean | null;
                        resolutionCalendarMinutes: number | null;
                        resolutionWorkingMinutes: number | null;
                        resolutionMet: boolean | null;
                        closedAt: string | null;
                        reopenCount: number;
                        breachCount: number;
                        rootCauseCategory: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                        analysisNotes: string | null;
                        workaround: string | null;
                        fixDescription: string | null;
                        fixVersionId: string | null;
                        fixVersionName: string | null;
                        verificationStatus: ("pending" | "confirmed" | "rejected") | null;
                        verifiedAt: string | null;
                        verificationNote: string | null;
                        closingCause: string | null;
                        closingSolution: string | null;
                        closingPrevention: string | null;
                        mergedIntoId: string | null;
                        imported: boolean;
                        createdBy: string | null;
                        createdAt: string;
                        relations: {
                            /** Format: uuid */
                            requestId: string;
                            number: string;
                            subject: string;
                            /** @enum {string} */
                            kind: "duplicate_of" | "caused_by" | "related";
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    transitionRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    to: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        subject: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        severity: "L1" | "L2" | "L3" | "L4";
                        category: string;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "chat" | "api";
                        state: string;
                        /** @enum {string} */
                        stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @enum {string} */
                        coverage: "contract" | "warranty" | "billable";
                        teamId: string | null;
                        teamName: string | null;
                        tier: number;
                        assigneeId: string | null;
                        assigneeName: string | null;
                        productId: string | null;
                        receivedAt: string;
                        responseWarnAt: string | null;
                        responseDueAt: string | null;
                        resolutionWarnAt: string | null;
                        resolutionDueAt: string | null;
                        pausedAt: string | null;
                        firstResponseAt: string | null;
                        resolvedAt: string | null;
                        responseBreachedAt: string | null;
                        resolutionBreachedAt: string | null;
                        responseWarnedAt: string | null;
                        resolutionWarnedAt: string | null;
                        updatedAt: string;
                        version: number;
                        contactId: string | null;
                        contactName: string | null;
                        deploymentId: string | null;
                        deploymentName: string | null;
                        productName: string | null;
                        productVersionId: string | null;
                        description: string;
                        environment: string | null;
                        reproductionSteps: string | null;
                        impactScope: string | null;
                        tags: string[];
                        stateName: {
                            zh: string;
                            en: string;
                        };
                        allowedTransitions: string[];
                        contractId: string | null;
                        warrantyId: string | null;
                        feeCategory: string | null;
                        entitlement: {
                            [key: string]: unknown;
                        };
                        slaPolicyId: string | null;
                        slaPolicyVersion: number | null;
                        calendarId: string | null;
                        responseTargetMinutes: number | null;
                        resolutionTargetMinutes: number | null;
                        warningPercent: number;
                        slaProvisionalYears: number[];
                        pausedWorkingSeconds: number;
                        nextSlaCheckAt: string | null;
                        firstResponseCalendarMinutes: number | null;
                        firstResponseWorkingMinutes: number | null;
                        responseMet: boolean | null;
                        resolutionCalendarMinutes: number | null;
                        resolutionWorkingMinutes: number | null;
                        resolutionMet: boolean | null;
                        closedAt: string | null;
                        reopenCount: number;
                        breachCount: number;
                        rootCauseCategory: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                        analysisNotes: string | null;
                        workaround: string | null;
                        fixDescription: string | null;
                        fixVersionId: string | null;
                        fixVersionName: string | null;
                        verificationStatus: ("pending" | "confirmed" | "rejected") | null;
                        verifiedAt: string | null;
                        verificationNote: string | null;
                        closingCause: string | null;
                        closingSolution: string | null;
                        closingPrevention: string | null;
                        mergedIntoId: string | null;
                        imported: boolean;
                        createdBy: string | null;
                        createdAt: string;
                        relations: {
                            /** Format: uuid */
                            requestId: string;
                            number: string;
                            subject: string;
                            /** @enum {string} */
                            kind: "duplicate_of" | "caused_by" | "related";
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    recheckEntitlement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        subject: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        severity: "L1" | "L2" | "L3" | "L4";
                        category: string;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "chat" | "api";
                        state: string;
                        /** @enum {string} */
                        stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @enum {string} */
                        coverage: "contract" | "warranty" | "billable";
                        teamId: string | null;
                        teamName: string | null;
                        tier: number;
                        assigneeId: string | null;
                        assigneeName: string | null;
                        productId: string | null;
                        receivedAt: string;
                        responseWarnAt: string | null;
                        responseDueAt: string | null;
                        resolutionWarnAt: string | null;
                        resolutionDueAt: string | null;
                        pausedAt: string | null;
                        firstResponseAt: string | null;
                        resolvedAt: string | null;
                        responseBreachedAt: string | null;
                        resolutionBreachedAt: string | null;
                        responseWarnedAt: string | null;
                        resolutionWarnedAt: string | null;
                        updatedAt: string;
                        version: number;
                        contactId: string | null;
                        contactName: string | null;
                        deploymentId: string | null;
                        deploymentName: string | null;
                        productName: string | null;
                        productVersionId: string | null;
                        description: string;
                        environment: string | null;
                        reproductionSteps: string | null;
                        impactScope: string | null;
                        tags: string[];
                        stateName: {
                            zh: string;
                            en: string;
                        };
                        allowedTransitions: string[];
                        contractId: string | null;
                        warrantyId: string | null;
                        feeCategory: string | null;
                        entitlement: {
                            [key: string]: unknown;
                        };
                        slaPolicyId: string | null;
                        slaPolicyVersion: number | null;
                        calendarId: string | null;
                        responseTargetMinutes: number | null;
                        resolutionTargetMinutes: number | null;
                        warningPercent: number;
                        slaProvisionalYears: number[];
                        pausedWorkingSeconds: number;
                        nextSlaCheckAt: string | null;
                        firstResponseCalendarMinutes: number | null;
                        firstResponseWorkingMinutes: number | null;
                        responseMet: boolean | null;
                        resolutionCalendarMinutes: number | null;
                        resolutionWorkingMinutes: number | null;
                        resolutionMet: boolean | null;
                        closedAt: string | null;
                        reopenCount: number;
                        breachCount: number;
                        rootCauseCategory: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                        analysisNotes: string | null;
                        workaround: string | null;
                        fixDescription: string | null;
                        fixVersionId: string | null;
                        fixVersionName: string | null;
                        verificationStatus: ("pending" | "confirmed" | "rejected") | null;
                        verifiedAt: string | null;
                        verificationNote: string | null;
                        closingCause: string | null;
                        closingSolution: string | null;
                        closingPrevention: string | null;
                        mergedIntoId: string | null;
                        imported: boolean;
                        createdBy: string | null;
                        createdAt: string;
                        relations: {
                            /** Format: uuid */
                            requestId: string;
                            number: string;
                            subject: string;
                            /** @enum {string} */
                            kind: "duplicate_of" | "caused_by" | "related";
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    importRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    dryRun?: boolean;
                    rows: {
                        /** Format: uuid */
                        customerId?: string;
                        customerName?: string;
                        number?: string;
                        subject: string;
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        severity: "L1" | "L2" | "L3" | "L4";
                        /** @enum {string} */
                        category: "consultation" | "incident" | "defect" | "feature_request" | "security" | "upgrade" | "training" | "data_migration" | "customization" | "on_site";
                        /**
                         * @default phone
                         * @enum {string}
                         */
                        channel?: "portal" | "phone" | "email" | "chat" | "api";
                        /** Format: date-time */
                        receivedAt: string;
                        /** Format: date-time */
                        firstResponseAt?: string;
                        /** Format: date-time */
                        resolvedAt?: string;
                        /** Format: date-time */
                        closedAt?: string;
                        /** @default [] */
                        tags?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        imported: number;
                        rows: {
                            index: number;
                            ok: boolean;
                            id: string | null;
                            number: string | null;
                            coverage: string | null;
                            responseDueAt: string | null;
                            resolutionDueAt: string | null;
                            responseBreached: boolean;
                            resolutionBreached: boolean;
                            errors: {
                                path: (string | number)[];
                                message: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listRequestStates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        states: {
                            key: string;
                            /** @enum {string} */
                            category: "new" | "open" | "pending" | "resolved" | "closed";
                            nameZh: string;
                            nameEn: string;
                            position: number;
                            builtin: boolean;
                        }[];
                        transitions: {
                            from: string;
                            to: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createRequestState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    key: string;
                    /** @enum {string} */
                    category: "new" | "open" | "pending" | "resolved" | "closed";
                    nameZh: string;
                    nameEn: string;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        /** @enum {string} */
                        category: "new" | "open" | "pending" | "resolved" | "closed";
                        nameZh: string;
                        nameEn: string;
                        position: number;
                        builtin: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteRequestState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateRequestState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nameZh?: string;
                    nameEn?: string;
                    position?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        key: string;
                        /** @enum {string} */
                        category: "new" | "open" | "pending" | "resolved" | "closed";
                        nameZh: string;
                        nameEn: string;
                        position: number;
                        builtin: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    setRequestTransitions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    transitions: {
                        from: string;
                        to: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getServiceDeskSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reopenWindowDays: number;
                        autoCloseDays: number;
                        resolutionRules: {
                            categories: string[];
                            severities: string[];
                            require: ("answer" | "root_cause" | "closing_summary")[];
                        }[];
                        version: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateServiceDeskSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reopenWindowDays: number;
                    autoCloseDays: number;
                    resolutionRules?: {
                        categories: ("consultation" | "incident" | "defect" | "feature_request" | "security" | "upgrade" | "training" | "data_migration" | "customization" | "on_site")[];
                        severities: ("L1" | "L2" | "L3" | "L4")[];
                        require: ("answer" | "root_cause" | "closing_summary")[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reopenWindowDays: number;
                        autoCloseDays: number;
                        resolutionRules: {
                            categories: string[];
                            severities: string[];
                            require: ("answer" | "root_cause" | "closing_summary")[];
                        }[];
                        version: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listSavedViews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        filters: {
                            [key: string]: unknown;
                        };
                        createdAt: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    filters: {
                        /**
                         * @default all
                         * @enum {string}
                         */
                        view?: "mine" | "team" | "unassigned" | "at_risk" | "breached" | "waiting" | "all";
                        /** Format: uuid */
                        customerId?: string;
                        severity?: string | string[];
                        category?: string | string[];
                        state?: string | string[];
                        stateCategory?: string | string[];
                        /** Format: uuid */
                        assigneeId?: string;
                        /** Format: uuid */
                        teamId?: string;
                        /** Format: uuid */
                        productId?: string;
                        coverage?: string | string[];
                        channel?: string | string[];
                        /** Format: date-time */
                        receivedFrom?: string;
                        /** Format: date-time */
                        receivedTo?: string;
                        q?: string;
                        /**
                         * @description due: open work only unless state or stateCategory is given (due times of finished requests are history)
                         * @default received
                         * @enum {string}
                         */
                        sort?: "due" | "received" | "updated" | "severity" | "number";
                        /** @enum {string} */
                        order?: "asc" | "desc";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        filters: {
                            [key: string]: unknown;
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listRequestTimeline: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** Format: uuid */
                            requestId: string;
                            /** @enum {string} */
                            kind: "reply" | "note" | "event";
                            /** @enum {string} */
                            visibility: "public" | "internal";
                            authorId: string | null;
                            authorName: string | null;
                            body: string;
                            event: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            automatic: boolean;
                            createdAt: string;
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                requestId: string;
                                timelineId: number | null;
                                /** @enum {string} */
                                visibility: "public" | "internal";
                                fileName: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string | null;
                                uploadedByName: string | null;
                                createdAt: string;
                            }[];
                        }[];
                        nextCursor: string | null;
                        counts: {
                            replies: number;
                            notes: number;
                            events: number;
                            attachments: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    postReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default [] */
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** Format: uuid */
                        requestId: string;
                        /** @enum {string} */
                        kind: "reply" | "note" | "event";
                        /** @enum {string} */
                        visibility: "public" | "internal";
                        authorId: string | null;
                        authorName: string | null;
                        body: string;
                        event: string | null;
                        data: {
                            [key: string]: unknown;
                        };
                        automatic: boolean;
                        createdAt: string;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            requestId: string;
                            timelineId: number | null;
                            /** @enum {string} */
                            visibility: "public" | "internal";
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string | null;
                            uploadedByName: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    postNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default [] */
                    attachmentIds?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** Format: uuid */
                        requestId: string;
                        /** @enum {string} */
                        kind: "reply" | "note" | "event";
                        /** @enum {string} */
                        visibility: "public" | "internal";
                        authorId: string | null;
                        authorName: string | null;
                        body: string;
                        event: string | null;
                        data: {
                            [key: string]: unknown;
                        };
                        automatic: boolean;
                        createdAt: string;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            requestId: string;
                            timelineId: number | null;
                            /** @enum {string} */
                            visibility: "public" | "internal";
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string | null;
                            uploadedByName: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    acknowledgeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** Format: uuid */
                        requestId: string;
                        /** @enum {string} */
                        kind: "reply" | "note" | "event";
                        /** @enum {string} */
                        visibility: "public" | "internal";
                        authorId: string | null;
                        authorName: string | null;
                        body: string;
                        event: string | null;
                        data: {
                            [key: string]: unknown;
                        };
                        automatic: boolean;
                        createdAt: string;
                        attachments: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            requestId: string;
                            timelineId: number | null;
                            /** @enum {string} */
                            visibility: "public" | "internal";
                            fileName: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string | null;
                            uploadedByName: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listRequestAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        requestId: string;
                        timelineId: number | null;
                        /** @enum {string} */
                        visibility: "public" | "internal";
                        fileName: string;
                        contentType: string;
                        sizeBytes: number;
                        sha256: string;
                        uploadedBy: string | null;
                        uploadedByName: string | null;
                        createdAt: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    uploadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        requestId: string;
                        timelineId: number | null;
                        /** @enum {string} */
                        visibility: "public" | "internal";
                        fileName: string;
                        contentType: string;
                        sizeBytes: number;
                        sha256: string;
                        uploadedBy: string | null;
                        uploadedByName: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    downloadAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listTimeEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            requestId: string;
                            /** Format: uuid */
                            userId: string;
                            userName: string;
                            minutes: number;
                            billable: boolean;
                            note: string | null;
                            workDate: string;
                            createdAt: string;
                        }[];
                        totals: {
                            minutes: number;
                            billableMinutes: number;
                            coveredMinutes: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    createTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    minutes: number;
                    billable?: boolean;
                    note?: string | null;
                    workDate?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        requestId: string;
                        /** Format: uuid */
                        userId: string;
                        userName: string;
                        minutes: number;
                        billable: boolean;
                        note: string | null;
                        workDate: string;
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteTimeEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    updateAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rootCauseCategory?: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                    analysisNotes?: string | null;
                    workaround?: string | null;
                    fixDescription?: string | null;
                    fixVersionId?: string | null;
                    verificationStatus?: ("pending" | "confirmed" | "rejected") | null;
                    verificationNote?: string | null;
                    closingCause?: string | null;
                    closingSolution?: string | null;
                    closingPrevention?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        rootCauseCategory: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                        analysisNotes: string | null;
                        workaround: string | null;
                        fixDescription: string | null;
                        fixVersionId: string | null;
                        verificationStatus: ("pending" | "confirmed" | "rejected") | null;
                        verifiedAt: string | null;
                        verificationNote: string | null;
                        closingCause: string | null;
                        closingSolution: string | null;
                        closingPrevention: string | null;
                        version: number;
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getKnowledgeDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        body: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listRequestRelations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        requestId: string;
                        /** Format: uuid */
                        relatedId: string;
                        /** @enum {string} */
                        kind: "duplicate_of" | "caused_by" | "related";
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        other: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            subject: string;
                            state: string;
                            /** @enum {string} */
                            stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        };
                        createdAt: string;
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    addRequestRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    relatedId: string;
                    /** @enum {string} */
                    kind: "duplicate_of" | "caused_by" | "related";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        requestId: string;
                        /** Format: uuid */
                        relatedId: string;
                        /** @enum {string} */
                        kind: "duplicate_of" | "caused_by" | "related";
                        /** @enum {string} */
                        direction: "outgoing" | "incoming";
                        other: {
                            /** Format: uuid */
                            id: string;
                            number: string;
                            subject: string;
                            state: string;
                            /** @enum {string} */
                            stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    removeRequestRelation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                relatedId: string;
                kind: "duplicate_of" | "caused_by" | "related";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    mergeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    intoId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** Format: uuid */
                        mergedIntoId: string;
                        state: string;
                        /** @enum {string} */
                        stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        closedAt: string | null;
                        version: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    listQueues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        teamId: string;
                        key: string;
                        nameZh: string;
                        nameEn: string;
                        tier: number | null;
                        leadId: string | null;
                        /** @enum {string} */
                        mode: "manual" | "round_robin" | "least_loaded";
                        version: number;
                        open: number;
                        unassigned: number;
                        atRisk: number;
                        breached: number;
                        members: {
                            /** Format: uuid */
                            userId: string;
                            displayName: string;
                            skills: string[];
                            available: boolean;
                            absentUntil: string | null;
                            availableNow: boolean;
                            disabled: boolean;
                            load: number;
                        }[];
                    }[];
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    setQueueMode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                teamId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mode: "manual" | "round_robin" | "least_loaded";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        teamId: string;
                        key: string;
                        nameZh: string;
                        nameEn: string;
                        tier: number | null;
                        leadId: string | null;
                        /** @enum {string} */
                        mode: "manual" | "round_robin" | "least_loaded";
                        version: number;
                        open: number;
                        unassigned: number;
                        atRisk: number;
                        breached: number;
                        members: {
                            /** Format: uuid */
                            userId: string;
                            displayName: string;
                            skills: string[];
                            available: boolean;
                            absentUntil: string | null;
                            availableNow: boolean;
                            disabled: boolean;
                            load: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMyAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        available: boolean;
                        absentUntil: string | null;
                        availableNow: boolean;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    setAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    available: boolean;
                    absentUntil?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        available: boolean;
                        absentUntil: string | null;
                        availableNow: boolean;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    assignRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assigneeId?: string | null;
                    /** Format: uuid */
                    teamId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        subject: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        severity: "L1" | "L2" | "L3" | "L4";
                        category: string;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "chat" | "api";
                        state: string;
                        /** @enum {string} */
                        stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @enum {string} */
                        coverage: "contract" | "warranty" | "billable";
                        teamId: string | null;
                        teamName: string | null;
                        tier: number;
                        assigneeId: string | null;
                        assigneeName: string | null;
                        productId: string | null;
                        receivedAt: string;
                        responseWarnAt: string | null;
                        responseDueAt: string | null;
                        resolutionWarnAt: string | null;
                        resolutionDueAt: string | null;
                        pausedAt: string | null;
                        firstResponseAt: string | null;
                        resolvedAt: string | null;
                        responseBreachedAt: string | null;
                        resolutionBreachedAt: string | null;
                        responseWarnedAt: string | null;
                        resolutionWarnedAt: string | null;
                        updatedAt: string;
                        version: number;
                        contactId: string | null;
                        contactName: string | null;
                        deploymentId: string | null;
                        deploymentName: string | null;
                        productName: string | null;
                        productVersionId: string | null;
                        description: string;
                        environment: string | null;
                        reproductionSteps: string | null;
                        impactScope: string | null;
                        tags: string[];
                        stateName: {
                            zh: string;
                            en: string;
                        };
                        allowedTransitions: string[];
                        contractId: string | null;
                        warrantyId: string | null;
                        feeCategory: string | null;
                        entitlement: {
                            [key: string]: unknown;
                        };
                        slaPolicyId: string | null;
                        slaPolicyVersion: number | null;
                        calendarId: string | null;
                        responseTargetMinutes: number | null;
                        resolutionTargetMinutes: number | null;
                        warningPercent: number;
                        slaProvisionalYears: number[];
                        pausedWorkingSeconds: number;
                        nextSlaCheckAt: string | null;
                        firstResponseCalendarMinutes: number | null;
                        firstResponseWorkingMinutes: number | null;
                        responseMet: boolean | null;
                        resolutionCalendarMinutes: number | null;
                        resolutionWorkingMinutes: number | null;
                        resolutionMet: boolean | null;
                        closedAt: string | null;
                        reopenCount: number;
                        breachCount: number;
                        rootCauseCategory: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                        analysisNotes: string | null;
                        workaround: string | null;
                        fixDescription: string | null;
                        fixVersionId: string | null;
                        fixVersionName: string | null;
                        verificationStatus: ("pending" | "confirmed" | "rejected") | null;
                        verifiedAt: string | null;
                        verificationNote: string | null;
                        closingCause: string | null;
                        closingSolution: string | null;
                        closingPrevention: string | null;
                        mergedIntoId: string | null;
                        imported: boolean;
                        createdBy: string | null;
                        createdAt: string;
                        relations: {
                            /** Format: uuid */
                            requestId: string;
                            number: string;
                            subject: string;
                            /** @enum {string} */
                            kind: "duplicate_of" | "caused_by" | "related";
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    escalateRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        number: string;
                        subject: string;
                        /** Format: uuid */
                        customerId: string;
                        customerName: string;
                        /** @enum {string} */
                        severity: "L1" | "L2" | "L3" | "L4";
                        category: string;
                        /** @enum {string} */
                        channel: "portal" | "phone" | "email" | "chat" | "api";
                        state: string;
                        /** @enum {string} */
                        stateCategory: "new" | "open" | "pending" | "resolved" | "closed";
                        /** @enum {string} */
                        coverage: "contract" | "warranty" | "billable";
                        teamId: string | null;
                        teamName: string | null;
                        tier: number;
                        assigneeId: string | null;
                        assigneeName: string | null;
                        productId: string | null;
                        receivedAt: string;
                        responseWarnAt: string | null;
                        responseDueAt: string | null;
                        resolutionWarnAt: string | null;
                        resolutionDueAt: string | null;
                        pausedAt: string | null;
                        firstResponseAt: string | null;
                        resolvedAt: string | null;
                        responseBreachedAt: string | null;
                        resolutionBreachedAt: string | null;
                        responseWarnedAt: string | null;
                        resolutionWarnedAt: string | null;
                        updatedAt: string;
                        version: number;
                        contactId: string | null;
                        contactName: string | null;
                        deploymentId: string | null;
                        deploymentName: string | null;
                        productName: string | null;
                        productVersionId: string | null;
                        description: string;
                        environment: string | null;
                        reproductionSteps: string | null;
                        impactScope: string | null;
                        tags: string[];
                        stateName: {
                            zh: string;
                            en: string;
                        };
                        allowedTransitions: string[];
                        contractId: string | null;
                        warrantyId: string | null;
                        feeCategory: string | null;
                        entitlement: {
                            [key: string]: unknown;
                        };
                        slaPolicyId: string | null;
                        slaPolicyVersion: number | null;
                        calendarId: string | null;
                        responseTargetMinutes: number | null;
                        resolutionTargetMinutes: number | null;
                        warningPercent: number;
                        slaProvisionalYears: number[];
                        pausedWorkingSeconds: number;
                        nextSlaCheckAt: string | null;
                        firstResponseCalendarMinutes: number | null;
                        firstResponseWorkingMinutes: number | null;
                        responseMet: boolean | null;
                        resolutionCalendarMinutes: number | null;
                        resolutionWorkingMinutes: number | null;
                        resolutionMet: boolean | null;
                        closedAt: string | null;
                        reopenCount: number;
                        breachCount: number;
                        rootCauseCategory: ("defect" | "configuration" | "hardware" | "usage" | "environment" | "other") | null;
                        analysisNotes: string | null;
                        workaround: string | null;
                        fixDescription: string | null;
                        fixVersionId: string | null;
                        fixVersionName: string | null;
                        verificationStatus: ("pending" | "confirmed" | "rejected") | null;
                        verifiedAt: string | null;
                        verificationNote: string | null;
                        closingCause: string | null;
                        closingSolution: string | null;
                        closingPrevention: string | null;
                        mergedIntoId: string | null;
                        imported: boolean;
                        createdBy: string | null;
                        createdAt: string;
                        relations: {
                            /** Format: uuid */
                            requestId: string;
                            number: string;
                            subject: string;
                            /** @enum {string} */
                            kind: "duplicate_of" | "caused_by" | "related";
                            /** @enum {string} */
                            direction: "outgoing" | "incoming";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    bulkUpdateRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "assign";
                    items: {
                        /** Format: uuid */
                        id: string;
                        version: number;
                    }[];
                    assigneeId?: string | null;
                    /** Format: uuid */
                    teamId?: string;
                } | {
                    /** @enum {string} */
                    action: "transition";
                    items: {
                        /** Format: uuid */
                        id: string;
                        version: number;
                    }[];
                    to: string;
                    note?: string;
                } | {
                    /** @enum {string} */
                    action: "tag";
                    items: {
                        /** Format: uuid */
                        id: string;
                        version: number;
                    }[];
                    tag: string;
                } | {
                    /** @enum {string} */
                    action: "merge";
                    items: {
                        /** Format: uuid */
                        id: string;
                        version: number;
                    }[];
                    /** Format: uuid */
                    intoId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            /** Format: uuid */
                            id: string;
                            ok: boolean;
                            version: number | null;
                            code: string | null;
                            message: string | null;
                        }[];
                        succeeded: number;
                        failed: number;
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
    getHome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "agent" | "manager" | "sales" | "finance" | "executive" | "none";
                        since: string | null;
                        blocks: {
                            key: string;
                            value: number;
                            of: number | null;
                            link: string | null;
                            items: {
                                id: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                open: number;
                                unassigned: number;
                                link: string;
                            }[] | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem document; `errors` lists failing fields by path */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        type: string;
                        title: string;
                        status: number;
                        detail: string;
                        code: string;
                        instance?: string;
                        requestId?: string;
                        errors?: {
                            path: (string | number)[];
                            message: string;
                            code?: string;
                        }[];
                    };
                };
            };
        };
    };
}
