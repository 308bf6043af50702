/* TRUTH: racy. bump() writes total; its second call after the goto back runs while reader (started on the goto path, started once) reads total. */
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
        goto L;
    }
    pthread_join(t, 0);
    return 0;
}
