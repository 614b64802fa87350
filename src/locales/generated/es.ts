
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'error.email-missing': `Enter your email address.`,
'error.email-invalid': `Enter an email address like name@example.com.`,
'error.password-missing': `Choose a password.`,
'error.password-length': `Use 8 to 80 characters.`,
'error.password-letter': `Add at least one letter.`,
'error.password-digit': `Add at least one digit.`,
'error.consent-required': `Please accept the required terms to continue.`,
'rule.length': `8 to 80 characters`,
'rule.letter': `At least one letter`,
'rule.digit': `At least one digit`,
'error.rate-limited': str`Too many attempts. Try again in ${0}.`,
'error.captcha-required': `We need to check that you are not a robot. Please try again.`,
'error.captcha-failed': `The robot check did not succeed. Please try again.`,
'error.customer-exists-after-lost': `Your earlier attempt probably created this account. Sign in to continue.`,
'error.customer-exists': `An account with this email already exists.`,
'error.server-email': `This email address was not accepted. Check it and try again.`,
'error.server-password': `This password was not accepted. Choose another one.`,
'error.invalid-form': `Please correct the highlighted fields.`,
'error.invalid-input': `Some details were not accepted. Check them and try again.`,
'error.invalid-publisher': `Registration is not available here right now.`,
'error.unauthorized': `Your session expired before your preferences were saved. Sign in to update them.`,
'error.offline': `You are offline. We will continue when your connection is back.`,
'error.network-register': `The connection dropped before we heard back. Your account may already exist: try again, or sign in.`,
'error.network': `We could not reach the server. Check your connection and try again.`,
'error.timeout-register': `The server took too long to answer. Your account may already exist: try again, or sign in.`,
'error.timeout': `The server took too long to answer. Please try again.`,
'error.server': `Something went wrong on our side. Please try again.`,
'error.invalid-response': `We received an unexpected answer. Please try again.`,
'status.try-again-now': `You can try again now.`,
'success.title': `Your account is ready.`,
'success.body': `Welcome aboard!`,
'field.email': `Email`,
'action.sign-in-instead': `Sign in instead`,
'action.submitting': `Creating your account…`,
'action.submit': `Create account`,
'hint.have-account': `Already have an account?`,
'action.sign-in': `Sign in`,
'field.password': `Password`,
'action.show-password': `Show`,
'rule.title': `Password requirements`,
'rule.met': `(done)`,
'rule.unmet': `(not yet)`,
'consents.legend': `Terms and preferences`,
'consents.required': `(required)`,
'status.loading-consents': `Loading terms…`,
'action.retry': `Try again`,
'consent-update.failed': `Your account was created, but your preferences are not saved yet.`,
'action.retry-consents': `Save my preferences`,
    };
  