// A global pointer its initializer points at an object (static struct config *cfg =
// &defaults) and that nothing stores to or takes the address of points at that object all
// along: cfg->level is defaults.level, a race with main's write of defaults.level and none
// with its write of defaults.name; through a pointer at a union's member, the union (which of
// its bytes is not known: possible). A pointer stored to (moved = &other) may point elsewhere:
// what it reaches is matched by type only.
#include <pthread.h>

struct config {
    int level;
    int name;
};
union value {
    struct config c;
    long word;
};

static struct config defaults, other;
static struct config *cfg = &defaults;
static struct config *moved = &defaults;
static union value v;
static struct config *in_union = &v.c;

static void *reader(void *arg)
{
    (void)arg;
    int sum = cfg->level;   // RACE
    sum += in_union->level; // RACE (possible)
    return (void *)(long)sum;
}

int main(void)
{
    moved = &other;
    pthread_t t;
    pthread_create(&t, NULL, reader, NULL);
    defaults.level = 2; // RACE
    defaults.name = 3;  // NORACE
    v.word = 4;         // RACE (possible)
    moved->name = 5;
    pthread_join(t, NULL);
    return 0;
}
