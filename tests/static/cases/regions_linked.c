// Element-lock regions are trusted only while no store links one element's memory to
// another's: here main copies a pointer from slot[1]'s list into slot[2]'s, so the nodes
// reached from slot[j] under lock[j] may be another list's, guarded by another lock.
#include <pthread.h>
#include <stdlib.h>

struct node {
    int datum;
    struct node *next;
};

static struct node *slot[4];
static pthread_mutex_t lock[4];

static void *worker(void *arg)
{
    int j = *(int *)arg;
    pthread_mutex_lock(&lock[j]);
    for (struct node *p = slot[j]; p; p = p->next)
        p->datum++; // RACE: slot[1]'s node is also in slot[2]'s list
    pthread_mutex_unlock(&lock[j]);
    return NULL;
}

static int one = 1, two = 2;

int main(void)
{
    pthread_t a, b;
    for (int i = 0; i < 4; i++) {
        pthread_mutex_init(&lock[i], NULL);
        slot[i] = calloc(1, sizeof(struct node));
    }
    struct node *n = malloc(sizeof(*n));
    n->datum = 0;
    n->next = NULL;
    slot[1]->next = n;
    struct node *from = slot[1];
    slot[2]->next = from->next; /* links slot[1]'s node into slot[2]'s list */
    pthread_create(&a, NULL, worker, &one);
    pthread_create(&b, NULL, worker, &two);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
