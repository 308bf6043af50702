// A helper given the table locks the bucket it hashes to (&tab[h].lock): that bucket's lock,
// not the first bucket's; an access to another bucket (tab[0]) under it is not protected.
#include <pthread.h>

struct bucket {
    pthread_mutex_t lock;
    long hits;
};
static struct bucket table[8];

static void hit(struct bucket *tab, unsigned key)
{
    unsigned h = key % 8;
    pthread_mutex_lock(&tab[h].lock);
    tab[0].hits++; // RACE
    pthread_mutex_unlock(&tab[h].lock);
}

static void *worker(void *a)
{
    hit(table, (unsigned)(long)a);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 8; i++)
        pthread_mutex_init(&table[i].lock, NULL);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
