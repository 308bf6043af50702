// Threads main's one counting loop started into t[0..N), whatever each is handed (NULL, one
// shared object), run until a join may have ended them: when main's joins cover only part of
// that range (t[0..N-1), or t[1..N)), some instance surely runs on at main's next access, a
// definite race. Before, only instances handed their own index counted, and every other
// partial join made the race possible. Joins that cover the range, in one loop or two, or a
// loop and the last element, leave none.
#include <pthread.h>

#define N 6
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int hits, misses, total, spare;
struct cfg { int step; };
static struct cfg conf = {1};

static void *count_hit(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    hits++; // RACE (definite): w[N-1] is never joined before main's read
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *count_miss(void *arg)
{
    const struct cfg *c = arg;
    pthread_mutex_lock(&m);
    misses += c->step; // RACE (definite): v[0] is never joined before main's write
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *count_total(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    total++; // NORACE: every instance is joined first
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *count_spare(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    spare++; // NORACE: every instance is joined first
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t w[N], v[N], u[N], s[N];
    for (int i = 0; i < N; i++)
        pthread_create(&w[i], NULL, count_hit, NULL);
    for (int i = 0; i < N - 1; i++)
        pthread_join(w[i], NULL);
    int h = hits; // RACE (definite)
    pthread_join(w[N - 1], NULL);

    for (int i = 0; i < N; i++)
        pthread_create(&v[i], NULL, count_miss, &conf);
    for (int i = 1; i < N; i++)
        pthread_join(v[i], NULL);
    misses = 0; // RACE (definite)
    pthread_join(v[0], NULL);

    for (int i = 0; i < N; i++)
        pthread_create(&u[i], NULL, count_total, NULL);
    for (int i = 0; i < N / 2; i++)
        pthread_join(u[i], NULL);
    for (int i = N / 2; i < N; i++)
        pthread_join(u[i], NULL);
    total = h;
    h = spare;

    for (int i = 0; i < N; i++)
        pthread_create(&s[i], NULL, count_spare, NULL);
    for (int i = 0; i < N - 1; i++)
        pthread_join(s[i], NULL);
    pthread_join(s[N - 1], NULL);
    spare = h;
    return 0;
}
