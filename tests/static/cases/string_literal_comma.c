// A call's argument that starts as a string literal but is not one: ("lit", buf) is buf, and
// the callee's read of it meets main's write. A real literal nobody writes.
#include <pthread.h>

static char buf[16];
static char first, other;
static void put(const char *s) { first = s[0]; } // RACE (possible)
static void put2(const char *s) { other = s[1]; } // NORACE

static void *worker(void *a)
{
    (void)a;
    put(("lit", buf));
    put2("abc");
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    buf[0] = 'x'; // RACE (possible)
    pthread_join(t, NULL);
    return first + other;
}
