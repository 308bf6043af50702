/* TRUTH: free — stage1 writes stage_buf then posts s1; stage2 waits s1, transforms stage_buf in place, posts s2; main waits s2 and reads; each handoff is a post→wait happens-before edge and no stage touches the buffer after posting. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t s1, s2;
static int stage_buf[8];

static void *stage1(void *a)
{
    (void)a;
    for (int i = 0; i < 8; i++)
        stage_buf[i] = i;
    sem_post(&s1);
    return NULL;
}

static void *stage2(void *a)
{
    (void)a;
    sem_wait(&s1);
    for (int i = 0; i < 8; i++)
        stage_buf[i] *= stage_buf[i];
    sem_post(&s2);
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    sem_init(&s1, 0, 0);
    sem_init(&s2, 0, 0);
    pthread_create(&y, NULL, stage2, NULL);
    pthread_create(&x, NULL, stage1, NULL);
    sem_wait(&s2);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += stage_buf[i];
    printf("%d\n", s);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return 0;
}
