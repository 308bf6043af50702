// Per-element mutexes inside an array of structs (acc[i].lock guards acc[i].balance), also
// taken two at a time in index order (lo = min(from, to), hi = max(from, to)): each access
// holds its own element's mutex. Before, &acc[i].lock was no element lock at all (every
// transfer possible), and after m[lo] then m[hi] only m[hi] was remembered. An element's
// other mutex (acc[i].audit) is another lock: what it guards alone races.
#include <pthread.h>

#define NACC 4

struct account {
    pthread_mutex_t lock;
    pthread_mutex_t audit;
    long balance;
    long audited;
};
static struct account acc[NACC];

static void deposit(int i, long n)
{
    pthread_mutex_lock(&acc[i].lock);
    acc[i].balance += n; // NORACE
    acc[i].audited = 0; // RACE (possible): audit() holds the other mutex
    pthread_mutex_unlock(&acc[i].lock);
}

static void transfer(int from, int to, long n)
{
    int lo = from < to ? from : to;
    int hi = from < to ? to : from;
    if (from == to)
        return;
    pthread_mutex_lock(&acc[lo].lock);
    pthread_mutex_lock(&acc[hi].lock);
    acc[from].balance -= n; // NORACE
    acc[to].balance += n; // NORACE
    pthread_mutex_unlock(&acc[hi].lock);
    pthread_mutex_unlock(&acc[lo].lock);
}

static void audit(int i)
{
    pthread_mutex_lock(&acc[i].audit);
    acc[i].audited++; // RACE (possible)
    pthread_mutex_unlock(&acc[i].audit);
}

static void *teller(void *arg)
{
    long id = (long)arg;
    for (int k = 0; k < 8; k++) {
        deposit(k % NACC, id);
        transfer(k % NACC, (k + 1 + (int)id) % NACC, 1);
        audit(k % NACC);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < NACC; i++) {
        pthread_mutex_init(&acc[i].lock, NULL);
        pthread_mutex_init(&acc[i].audit, NULL);
    }
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, teller, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
