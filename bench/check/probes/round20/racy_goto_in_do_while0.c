/* TRUTH: racy. Inside do { } while (0) the goto back to L (inside the block) happens after w starts; the second r = r + 1 and s = 1 after the block race with w. */
#include <pthread.h>
int r, s;
void *w(void *a) { r = 0; s = 0; return a; }
int main(void) {
    pthread_t t;
    int n = 0;
    do {
    L:
        r = r + 1;
        if (n++ == 0) {
            pthread_create(&t, 0, w, 0);
            goto L;
        }
    } while (0);
    s = 1;
    pthread_join(t, 0);
    return 0;
}
