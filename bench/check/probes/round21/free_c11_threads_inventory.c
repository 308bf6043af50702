/* TRUTH: race-free. C11 threads: every access to 'shelf' (counts[] and moves) by the two movers happens between mtx_lock(&shelf_mtx) and mtx_unlock(&shelf_mtx); main initialises before thrd_create and reads after both thrd_join calls. */
#include <threads.h>
#include <stdio.h>

#define NSLOT 5

struct shelf {
    int counts[NSLOT];
    long moves;
};

static struct shelf shelf = { { 10, 10, 10, 10, 10 }, 0 };
static mtx_t shelf_mtx;

static int move_one(int from, int to)
{
    int ok = 0;
    mtx_lock(&shelf_mtx);
    if (shelf.counts[from] > 0) {
        shelf.counts[from]--;
        shelf.counts[to]++;
        shelf.moves++;
        ok = 1;
    }
    mtx_unlock(&shelf_mtx);
    return ok;
}

static int mover(void *arg)
{
    int dir = *(int *)arg;
    int done = 0;
    for (int i = 0; i < 30; i++) {
        int from = (i * 3) % NSLOT;
        int to = (from + dir + NSLOT) % NSLOT;
        done += move_one(from, to);
    }
    return done;
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
    thrd_t a, b;
    static int fwd = 1, back = -1;
    int ra, rb;
    if (mtx_init(&shelf_mtx, mtx_plain) != thrd_success)
        return 1;
    thrd_create(&a, mover, &fwd);
    thrd_create(&b, mover, &back);
    thrd_join(a, &ra);
    thrd_join(b, &rb);
    int total = 0;
    for (int i = 0; i < NSLOT; i++)
        total += shelf.counts[i];
    printf("%d items, %ld moves (%d+%d)\n", total, shelf.moves, ra, rb);
    mtx_destroy(&shelf_mtx);
    return 0;
}
