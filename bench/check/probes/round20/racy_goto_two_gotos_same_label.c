/* TRUTH: racy. Two gotos back to L: the first after starting a, the second after starting b; the rerun of cnt += 1 races with a and b. */
#include <pthread.h>
int cnt;
void *fa(void *p) { cnt = 100; return p; }
void *fb(void *p) { return (void *)(long)cnt; }
int main(void) {
    pthread_t a, b;
    int stage = 0;
L:
    cnt += 1;
    if (stage == 0) {
        stage = 1;
        pthread_create(&a, 0, fa, 0);
        pthread_join(a, 0);
        goto L;
    }
    if (stage == 1) {
        stage = 2;
        pthread_create(&b, 0, fb, 0);
        goto L;
    }
    pthread_join(b, 0);
    return 0;
}
