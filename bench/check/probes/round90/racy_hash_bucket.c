/* racy: insert() holds only the per-bucket lock but also bumps the table-wide 'nitems';
   two threads inserting into different buckets update nitems concurrently. */
#include <pthread.h>
#include <stdlib.h>
#define NB 16
struct entry { struct entry *next; unsigned key; int val; };
struct bucket { pthread_mutex_t lock; struct entry *head; int count; };
static struct bucket tab[NB];
static long nitems;

static void bucket_lock(unsigned h) { pthread_mutex_lock(&tab[h].lock); }
static void bucket_unlock(unsigned h) { pthread_mutex_unlock(&tab[h].lock); }

static void insert(unsigned key, int val) {
    struct entry *e = malloc(sizeof *e);
    unsigned h = key % NB;
    e->key = key; e->val = val;
    bucket_lock(h);
    e->next = tab[h].head;
    tab[h].head = e;
    tab[h].count++;
    nitems++;
    bucket_unlock(h);
}
static int lookup(unsigned key) {
    unsigned h = key % NB;
    int v = -1;
    bucket_lock(h);
    for (struct entry *e = tab[h].head; e; e = e->next)
        if (e->key == key) { v = e->val; break; }
    bucket_unlock(h);
    return v;
}
static void *worker(void *arg) {
    unsigned base = (unsigned)(long)arg;
    for (unsigned k = 0; k < 100; k++) { insert(base + k, (int)k); (void)lookup(k); }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    for (int i = 0; i < NB; i++) pthread_mutex_init(&tab[i].lock, NULL);
    pthread_create(&a, NULL, worker, (void *)0L);
    pthread_create(&b, NULL, worker, (void *)50L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)nitems;
}
