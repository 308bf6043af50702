/* TRUTH: race-free. Worker id (0..NT-1) touches only elements i = id, id+NT, id+2*NT, ... of grid[], i.e. the residue class id mod NT; classes are disjoint, so no element is shared; main reads grid[] only after joining every worker. */
#include <pthread.h>
#include <stdio.h>
#include <math.h>

#define NT 4
#define N 103

static double grid[N];

static void *filler(void *arg)
{
    long id = (long)arg;
    for (long i = id; i < N; i += NT) {
        double x = (double)i / N;
        grid[i] = x * x - 0.5 * x;
        if (grid[i] < 0)
            grid[i] = -grid[i];
    }
    return NULL;
}


/* ---- build/banner helpers (single-threaded, called from main) ---- */
struct build_info {
    const char *key;
    const char *value;
};

static void print_banner(const char *prog)
{
    static const struct build_info info[] = {
        { "version", "1.4.2" },
        { "threads", "pthread" },
        { "checks", "on" },
    };
    const char *base = prog;
    for (const char *p = prog; *p; p++)
        if (*p == '/')
            base = p + 1;
    printf("%s", base);
    for (unsigned i = 0; i < sizeof info / sizeof info[0]; i++) {
        if (info[i].value == NULL || info[i].value[0] == '\0')
            continue;
        printf(" %s=%s", info[i].key, info[i].value);
    }
    printf("\n");
}
int main(void)
{
    print_banner(__FILE__);
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, filler, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    double s = 0;
    for (int i = 0; i < N; i++)
        s += grid[i];
    printf("%.4f\n", s);
    return 0;
}
