// Same function started twice with explicit roles: only the thread with role 1
// writes x, the other never touches it; main reads x after joining.
#include <pthread.h>
#include <stdio.h>
static int x;
static void *worker(void *arg) {
    if (arg) x = 5;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
