/* TRUTH: racy — the producer stores sem_post's return value into the global post_rc; the store happens after the post, so main's read of post_rc after its wait is not ordered with it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
int data;
int post_rc = -1;
sem_t s;
static void *prod(void *a) {
    (void)a;
    data = 1;
    post_rc = sem_post(&s);
    return 0;
}
int main(void) {
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, 0, prod, 0);
    sem_wait(&s);
    printf("%d %d\n", data, post_rc);
    pthread_join(t, 0);
    return 0;
}
