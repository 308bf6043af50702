/* TRUTH: free — main writes data plainly then __atomic_store_n(&flag,1,RELEASE); the waiter spins with an if+goto on an ACQUIRE load, so main's writes happen-before its plain read of data and plain write flag=0; main reads flag plainly only after join. */
#include <pthread.h>
#include <stdio.h>
static int flag;
static int data;
static int result;
static void *waiter(void *arg) {
again:
    if (!__atomic_load_n(&flag, __ATOMIC_ACQUIRE))
        goto again;
    result = data;   /* plain read */
    flag = 0;        /* plain write of the flag word */
    return arg;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, waiter, NULL);
    data = 17;
    __atomic_store_n(&flag, 1, __ATOMIC_RELEASE);
    pthread_join(t, NULL);
    printf("%d %d\n", result, flag);
    return 0;
}
