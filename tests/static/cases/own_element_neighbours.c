// A thread handed &cells[i] owns that element, not its neighbours: cell - 1, me + 1 and
// (char *)w + sizeof *w reach other threads' elements. container_of of the member handed
// over is the element itself.
#include <pthread.h>
#include <stddef.h>

#define N 4
static int cells[N + 1];
struct stage {
    int inbox;
    int out;
};
static struct stage stages[N + 1];
struct link {
    struct link *next;
};
struct item {
    int value;
    struct link link;
};
static struct item items[N];

static void *smooth(void *arg)
{
    int *cell = arg;
    int *left = cell - 1;
    int v = *left; // RACE (possible): thread i - 1's own cell
    *cell = v + 1;
    return NULL;
}

static void *pass(void *arg)
{
    struct stage *me = arg;
    struct stage *next = me + 1;
    next->inbox = me->out; // RACE (possible): the next stage's thread reads its own inbox
    me->out = me->inbox;
    return NULL;
}

static void *bump(void *arg)
{
    struct item *it = (struct item *)((char *)(struct link *)arg - offsetof(struct item, link));
    it->value++; // NORACE: container_of of its own element's link: that element
    return NULL;
}

int main(void)
{
    pthread_t t[3 * N];
    for (int i = 0; i < N; i++) {
        pthread_create(&t[i], NULL, smooth, &cells[i + 1]);
        pthread_create(&t[N + i], NULL, pass, &stages[i]);
        pthread_create(&t[2 * N + i], NULL, bump, &items[i].link);
    }
    for (int i = 0; i < 3 * N; i++)
        pthread_join(t[i], NULL);
    return 0;
}
