// racy: a thread entering the switch at case PRIMARY keeps n = backup->first and bumps it under primary_lock, while the backup thread bumps it under backup_lock.
#include <pthread.h>
#include <stdlib.h>

struct node { int hits; struct node *next; };
struct list { struct node *first; };
static struct list *primary, *backup;
static pthread_mutex_t primary_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t backup_lock = PTHREAD_MUTEX_INITIALIZER;
enum which { USE_PRIMARY, PRIMARY };

static void *touch(void *arg)
{
    enum which w = (enum which)(long)arg;
    int switched = 0;
    struct node *n = backup->first;
    switch (w) {
    case USE_PRIMARY:
        switched = 1;
        n = primary->first;
        /* fall through */
    case PRIMARY:
        pthread_mutex_lock(&primary_lock);
        n->hits += 1 + switched;
        pthread_mutex_unlock(&primary_lock);
        break;
    }
    return NULL;
}

static void *backup_worker(void *arg)
{
    pthread_mutex_lock(&backup_lock);
    backup->first->hits++;
    pthread_mutex_unlock(&backup_lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    primary = calloc(1, sizeof *primary);
    primary->first = calloc(1, sizeof(struct node));
    backup = calloc(1, sizeof *backup);
    backup->first = calloc(1, sizeof(struct node));
    pthread_create(&a, NULL, touch, (void *)(long)PRIMARY);
    pthread_create(&b, NULL, backup_worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
