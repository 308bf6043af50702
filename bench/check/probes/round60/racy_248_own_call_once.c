/* TRUTH: racy — <threads.h> is NOT included; the program's own static call_once simply calls the function every time, so both threads run init() concurrently and its plain table++ races. */
#include <pthread.h>
#include <stdio.h>
typedef int once_flag;
static void call_once(once_flag *f, void (*fn)(void)) { (void)f; fn(); }
static once_flag flag;
static int table;
static void init(void) { for (int i = 0; i < 10000; i++) table++; }
static void *work(void *arg) { call_once(&flag, init); return arg; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", table);
    return 0;
}
