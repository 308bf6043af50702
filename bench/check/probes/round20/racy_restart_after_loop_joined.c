/* TRUTH: racy. A for loop starts and joins f (which reads sum) twice before label L; the goto path starts f again and reruns sum += 1 while it reads sum. */
#include <pthread.h>
int sum;
void *f(void *a) { return (void *)(long)sum; }
int main(void) {
    pthread_t t;
    int i, n = 0;
    for (i = 0; i < 2; i++) {
        pthread_create(&t, 0, f, 0);
        pthread_join(t, 0);
    }
L:
    sum += 1;
    if (n++ == 0) {
        pthread_create(&t, 0, f, 0);
        goto L;
    }
    pthread_join(t, 0);
    return 0;
}
