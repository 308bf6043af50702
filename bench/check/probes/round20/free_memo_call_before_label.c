/* TRUTH: race-free. Same shape as the racy twin, but reader is joined before the goto back, so the second bump() runs alone. */
#include <pthread.h>
int total;
void *reader(void *a) { return (void *)(long)total; }
static void bump(void) { total++; }
int main(void) {
    pthread_t t;
    int n = 0;
    bump();
L:
    bump();
    if (n == 0) {
        n = 1;
        pthread_create(&t, 0, reader, 0);
        pthread_join(t, 0);
        goto L;
    }
    return 0;
}
