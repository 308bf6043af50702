/* TRUTH: racy — main formats &z into global text before create; parser reads it back and writes *(int*)p (line 12) while main writes z (line 21) */
#include <pthread.h>
#include <stdio.h>
static char text[32];
static void *parser(void *a)
{
    void *p = 0;
    (void)a;
    sscanf(text, "%p", &p);
    if (!p)
        return 0;
    *(int *)p = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    int z = 0;
    sprintf(text, "%p", (void *)&z);
    pthread_create(&th, 0, parser, 0);
    z = 2;
    pthread_join(th, 0);
    return z;
}
