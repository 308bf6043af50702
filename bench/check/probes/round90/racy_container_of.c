/* racy: the callback recovers the item via container_of and locks ITS lock, but the other
   thread updates items[1].hits while holding items[0].lock (wrong item's lock). */
#include <pthread.h>
#include <stddef.h>
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))
struct node { struct node *next; };
struct item { int hits; pthread_mutex_t lock; struct node node; };
static struct item items[2] = { { 0, PTHREAD_MUTEX_INITIALIZER, { NULL } },
                                { 0, PTHREAD_MUTEX_INITIALIZER, { NULL } } };

static void touch(struct node *n) {
    struct item *it = container_of(n, struct item, node);
    pthread_mutex_lock(&it->lock);
    it->hits++;
    pthread_mutex_unlock(&it->lock);
}
static void *walker(void *arg) {
    (void)arg;
    for (int k = 0; k < 100; k++) touch(&items[k & 1].node);
    return NULL;
}
static void *direct(void *arg) {
    (void)arg;
    for (int k = 0; k < 100; k++) {
        struct item *head = &items[0];
        pthread_mutex_lock(&head->lock);
        items[1].hits += 2;
        pthread_mutex_unlock(&head->lock);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    items[0].node.next = &items[1].node;
    pthread_create(&a, NULL, walker, NULL);
    pthread_create(&b, NULL, direct, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return items[1].hits;
}
