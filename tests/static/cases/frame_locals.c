// A local whose address escapes (into a struct handed to a function without a body) is still
// a new object in every call: two threads each writing the local of their own call do not
// race. A thread given such a local by the frame that made it does.
#include <pthread.h>

struct key { int db; int mode; };
struct info { int version; struct key *key; };
extern void notify(void *data);

static void init_key(struct key *k, int db)
{
    k->db = db;
    k->mode = 1; // NORACE: each call's own key
}

static void fire_event(int db)
{
    struct key key;
    struct info ki = {1, &key};
    init_key(&key, db);
    notify(&ki);
}

static void *reader(void *arg)
{
    struct key *k = arg;
    return (void *)(long)k->db; // RACE (definite): main's key, written after the create
}

static void *worker(void *arg)
{
    fire_event(1);
    return arg;
}

int main(void)
{
    pthread_t a, b, c;
    struct key mine;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_create(&c, NULL, reader, &mine);
    mine.db = 2; // RACE (definite)
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
