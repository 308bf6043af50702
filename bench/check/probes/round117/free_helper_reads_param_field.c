/* TRUTH: free — the worker's helper reads p->tag (const char *) while main only reads it too; the one write of tag happens before the create */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct job { int id; char tag[16]; };
static struct job j0;

static size_t tag_len(const char *s)
{
    return strlen(s);
}

static void *worker(void *arg)
{
    struct job *p = arg;
    printf("len %zu\n", tag_len(p->tag));
    return NULL;
}

int main(void)
{
    pthread_t a;
    strcpy(j0.tag, "nightly");
    pthread_create(&a, NULL, worker, &j0);
    printf("tag %s\n", j0.tag);
    pthread_join(a, NULL);
    return 0;
}
