/* TRUTH: racy. Thread boss calls touch() before and after label L; on the goto path it started child (once), which reads shared while the second touch() writes it. */
#include <pthread.h>
int shared;
static void touch(void) { shared++; }
void *child(void *a) { return (void *)(long)shared; }
void *boss(void *a) {
    pthread_t c;
    int k = 0;
    touch();
L:
    touch();
    if (k++ == 0) {
        pthread_create(&c, 0, child, 0);
        goto L;
    }
    pthread_join(c, 0);
    return a;
}
int main(void) {
    pthread_t b;
    pthread_create(&b, 0, boss, 0);
    pthread_join(b, 0);
    return 0;
}
