// Operators and literals written inside a macro's body: libclang 14 gives neither operator
// kinds nor text there, and a #define may be redefined, nested, or name its parameter twice.
// An operand used as an object (not converted to its value) is written: the left side of =,
// the operand of ++/--; a literal is evaluated, not read as the macro's name (IDX is 1, not
// 0); atomic_init in a macro is still the plain store it is. errno is each thread's own.
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>

#define TRACE(x) ((void)(x))
#undef TRACE
#define TRACE(x) ((x)++)
#define CLAMP_INC(x, m) ((x) < (m) ? (x)++ : (x))
#define INC_PTR(p) (++*(p))
#define COPY_POST(dst, src) ((dst) = (src)++)
#define INC(x) ((x)++)
#define INC3(x) INC(x)
#define SET(x, v) ((x) = (v))
#define PEEK(x) ((x) + 0)
#define RESET(x) atomic_init(&(x), 0)
#define IDX 1
#define OTHER 0

static int level, counter, bumped, cfg, deep, stored, peeked;
static atomic_int hits;
static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int same_lock, other_lock;

static void *worker(void *arg)
{
    int l;
    (void)arg;
    TRACE(level);         // RACE: the #define in force increments
    CLAMP_INC(counter, 9); // RACE
    INC_PTR(&bumped);     // RACE
    COPY_POST(l, cfg);    // RACE: cfg++ on the right of =
    (void)l;
    INC3(deep);           // RACE
    SET(stored, 1);       // RACE
    l = PEEK(peeked);     // NORACE: only read
    atomic_fetch_add(&hits, 1); // RACE: main's RESET is a plain store
    pthread_mutex_lock(&locks[IDX]);
    same_lock++;          // NORACE: locks[IDX] is locks[1]
    pthread_mutex_unlock(&locks[IDX]);
    pthread_mutex_lock(&locks[OTHER]);
    other_lock++;         // RACE: locks[0] is not locks[1]
    pthread_mutex_unlock(&locks[OTHER]);
    errno = 0;            // NORACE: each thread's own errno
    return (void *)(long)l;
}

static void *other(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&locks[1]);
    same_lock++;  // NORACE
    other_lock++; // RACE
    pthread_mutex_unlock(&locks[1]);
    errno = 1; // NORACE
    return NULL;
}

int main(void)
{
    pthread_t a, b, c;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_create(&c, NULL, other, NULL);
    RESET(hits); // RACE
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return peeked;
}
