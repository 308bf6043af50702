/* TRUTH: race-free - the parent thread writes buf only after joining the child that filled it; main reads after joining the parent */
#include <pthread.h>
static int buf[4];
static void *child(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++)
        buf[i] = i * i;
    return NULL;
}
static void *parent(void *arg)
{
    (void)arg;
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    for (int i = 0; i < 4; i++)
        buf[i] += 1;
    return NULL;
}
int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    return buf[3];
}
