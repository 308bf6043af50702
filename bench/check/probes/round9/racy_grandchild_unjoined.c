/* TRUTH: racy. main joins the parent thread, but the parent never joins the child it created, so the child's write of note races with main's read. */
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
    pthread_detach(c);
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
