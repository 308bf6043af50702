/* TRUTH: racy. Thread A sees mode == 0, calls advance() which sets mode to 1, then sees mode != 0 and does hits++, racing with thread B's hits++. Only A touches mode after main. */
#include <pthread.h>
int mode;
int hits;
static void advance(void) { mode = 1; }
static void *ta(void *arg) {
    (void)arg;
    if (mode == 0) {
        advance();
        if (mode != 0)
            hits++;
    }
    return NULL;
}
static void *tb(void *arg) { (void)arg; hits++; return NULL; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
