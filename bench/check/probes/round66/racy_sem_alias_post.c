/* TRUTH: racy — 'other' posts s through sem_post under another name; main's wait may take that post and read x while 'writer' writes it */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <unistd.h>
extern int notify(sem_t *) __asm__("sem_post");
static sem_t s;
static int x;
static void *writer(void *arg) { (void)arg; usleep(2000); x = 1; sem_post(&s); return NULL; }
static void *other(void *arg) { (void)arg; notify(&s); return NULL; }
int main(void)
{
    sem_init(&s, 0, 0);
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, other, NULL);
    sem_wait(&s);
    printf("%d\n", x);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
