// memset, memcpy and strcpy write their destination; memcpy reads its source.
#include <pthread.h>
#include <string.h>

static char name[32];
static int table[16];
static int snapshot[16];
static char quiet[8];

static void *worker(void *arg)
{
    (void)arg;
    strcpy(name, "worker"); // RACE
    memset(table, 0, sizeof(table)); // RACE
    return NULL;
}

int main(void)
{
    pthread_t t;
    memset(quiet, 0, sizeof(quiet)); // NORACE: no thread yet
    pthread_create(&t, NULL, worker, NULL);
    memcpy(snapshot, table, sizeof(table)); // RACE
    name[0] = 'm'; // RACE
    pthread_join(t, NULL);
    memcpy(quiet, name, 4); // NORACE
    return snapshot[0];
}
