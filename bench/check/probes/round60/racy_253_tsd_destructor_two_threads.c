/* TRUTH: racy — the thread-specific-data destructor registered by main runs at each thread's exit, in that thread; both workers set a non-NULL value, so the destructor runs in both threads at about the same time and its plain exits++ races with itself. */
#include <pthread.h>
#include <stdio.h>
static pthread_key_t key;
static int exits;
static void on_exit_tsd(void *v) { (void)v; exits++; }
static void *work(void *arg) {
    pthread_setspecific(key, &key);
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_key_create(&key, on_exit_tsd);
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", exits);
    return 0;
}
