/* TRUTH: free — T2 calls pthread_exit when getpid() > 0, which always holds (getpid never fails and PIDs are positive), so its write x = 2 never executes; x is otherwise only written by T1 and read by main after joins. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
static int x;
static void *t1(void *arg) { x = 1; return arg; }
static void *t2(void *arg) {
    if (getpid() > 0)
        pthread_exit(NULL);
    x = 2;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
