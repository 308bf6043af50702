/* TRUTH: racy — worker calls sem_post before writing out_val, so main's read of out_val after sem_wait is not ordered after worker's write of out_val. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

sem_t s;
int out_val;

void *worker(void *p)
{
    int base = *(int *)p;
    sem_post(&s);
    out_val = base + 1;
    return NULL;
}

int main(void)
{
    int base = 41;
    pthread_t t;
    sem_init(&s, 0, 0);
    pthread_create(&t, NULL, worker, &base);
    sem_wait(&s);
    printf("%d\n", out_val);
    pthread_join(t, NULL);
    return 0;
}
