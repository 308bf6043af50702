/* TRUTH: racy — the producer posts, then calls finish(), which calls pthread_exit; that runs the pushed cleanup handler, which writes data while main reads it after its wait */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
sem_t s;
static void touch_cb(void *p) { (void)p; data = 2; }
static void finish(void) { pthread_exit(0); }
static void *prod(void *a) {
    (void)a;
    pthread_cleanup_push(touch_cb, 0);
    data = 1;
    sem_post(&s);
    usleep(50000);
    finish();
    pthread_cleanup_pop(0);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d\n", data);
    pthread_join(t, 0);
    return 0;
}
