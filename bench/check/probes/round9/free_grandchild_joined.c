/* TRUTH: free. The parent joins the child before returning, and main joins the parent, so the child's write happens-before main's read. */
#include <pthread.h>
#include <stdio.h>

static int note;

static void *child(void *arg)
{
    (void)arg;
    note = 3;
    return NULL;
}

static void *parent(void *arg)
{
    pthread_t c;
    (void)arg;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    return NULL;
}

int main(void)
{
    pthread_t p;
    pthread_create(&p, NULL, parent, NULL);
    pthread_join(p, NULL);
    printf("%d\n", note);
    return 0;
}
