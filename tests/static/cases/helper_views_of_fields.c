// Memory a helper reads through a parameter, handed to it as a field of an object the caller
// reached through its own parameter or an unknown pointer: p->buf passed to a char * helper
// is that field (of the object p points at, or of any such object), whatever type the helper
// reads it as; an unsigned field handed over as an int * is the same memory. Before, the
// helper's reads were memory of type char (or int) only, which meets no field, and these
// racy programs were said to be race-free.
#include <pthread.h>
#include <string.h>

struct dev {
    pthread_mutex_t lock;
    char buf[16];
    unsigned count;
    char name[8];
};
static struct dev dv;
struct holder { void *data; };
static struct holder hold = {&dv};
static char out[16];
static int sink;

static int sum(const char *s, int n)
{
    int t = 0;
    for (int i = 0; i < n; i++)
        t += s[i]; // RACE (possible): dv.buf, written under the lock
    return t;
}

static void inc(int *q) { (*q)++; } // RACE (possible): dv.count as an int

static int width(const char *s) { return (int)strlen(s); } // RACE (possible): dv.name, through hold.data

static void *reader(void *arg)
{
    struct dev *p = arg;
    sink = sum(p->buf, 5);
    inc((int *)&p->count);
    struct dev *d = hold.data;
    sink += width(d->name);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reader, &dv);
    pthread_mutex_lock(&dv.lock);
    memcpy(dv.buf, "hello", 5); // RACE (possible)
    dv.count++; // RACE (possible)
    strcpy(dv.name, "led0"); // RACE (possible)
    pthread_mutex_unlock(&dv.lock);
    pthread_join(t, NULL);
    memcpy(out, dv.buf, sizeof(out));
    return out[0];
}
