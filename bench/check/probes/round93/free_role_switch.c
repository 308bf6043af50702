// Two threads run the same function with distinct roles 0 and 1; role 0 only
// touches a, role 1 only touches b -> no shared location, race-free.
#include <pthread.h>
#include <stdio.h>
static int a, b;
static void *worker(void *arg) {
    switch ((int)(long)arg) {
    case 0: for (int i = 0; i < 100; i++) a++; break;
    case 1: for (int i = 0; i < 100; i++) b++; break;
    }
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", a, b);
    return 0;
}
