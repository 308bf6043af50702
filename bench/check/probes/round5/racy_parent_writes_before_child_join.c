/* TRUTH: racy - the parent updates buf[0] between creating the child and joining it, while the child writes buf[0] */
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
    buf[0] += 1;
    pthread_join(c, NULL);
    return NULL;
}
int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    return buf[0];
}
