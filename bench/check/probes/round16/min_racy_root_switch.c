// racy: touch() enters at case 1 with n = B->first, writing B->first->hits under la while other() writes it under lb.
#include <pthread.h>
#include <stdlib.h>
struct node { int hits; };
struct list { struct node *first; };
static struct list *A, *B;
static pthread_mutex_t la = PTHREAD_MUTEX_INITIALIZER, lb = PTHREAD_MUTEX_INITIALIZER;
static void *touch(void *arg)
{
    struct node *n = B->first;
    switch ((long)arg) {
    case 0:
        arg = NULL;
        n = A->first;
        /* fall through */
    case 1:
        pthread_mutex_lock(&la);
        n->hits++;
        pthread_mutex_unlock(&la);
    }
    return NULL;
}
static void *other(void *arg)
{
    pthread_mutex_lock(&lb);
    B->first->hits++;
    pthread_mutex_unlock(&lb);
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    A = calloc(1, sizeof *A);
    A->first = calloc(1, sizeof(struct node));
    B = calloc(1, sizeof *B);
    B->first = calloc(1, sizeof(struct node));
    pthread_create(&a, NULL, touch, (void *)1);
    pthread_create(&b, NULL, other, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
