/* TRUTH: free — each thread works purely on its own stack array; only the returned value is shared via join */
#include <pthread.h>
#include <stdint.h>
static void *crunch(void *arg) {
    int n = (int)(intptr_t)arg;
    int fib[40];
    fib[0] = 0; fib[1] = 1;
    for (int i = 2; i < 40; i++) fib[i] = fib[i - 1] + fib[i - 2];
    return (void *)(intptr_t)fib[n];
}
int main(void) {
    pthread_t t[4];
    void *r;
    intptr_t sum = 0;
    for (int i = 0; i < 4; i++) pthread_create(&t[i], NULL, crunch, (void *)(intptr_t)(10 + i));
    for (int i = 0; i < 4; i++) { pthread_join(t[i], &r); sum += (intptr_t)r; }
    return (int)(sum & 0xff);
}
