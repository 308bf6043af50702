/* TRUTH: race-free. The goto loop starts w twice, with &slot[0] then &slot[1]; each instance writes only its own element; main reads after joining both. */
#include <pthread.h>
int slot[2];
void *w(void *a) { *(int *)a += 1; return 0; }
int main(void) {
    pthread_t t[2];
    int n = 0;
L:
    pthread_create(&t[n], 0, w, &slot[n]);
    if (++n < 2)
        goto L;
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return slot[0] + slot[1];
}
