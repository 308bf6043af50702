/* TRUTH: racy. longjmp brings main back to the setjmp, whose second return starts w and jumps back to L; x = 1 then races with w. */
#include <pthread.h>
#include <setjmp.h>
int x;
jmp_buf env;
void *w(void *a) { x = 2; return a; }
int main(void) {
    pthread_t t;
    volatile int n = 0;
L:
    x = 1;
    if (!setjmp(env)) {
        if (n)
            goto out;
        longjmp(env, 1);
    }
    n = 1;
    pthread_create(&t, 0, w, 0);
    goto L;
out:
    pthread_join(t, 0);
    return 0;
}
