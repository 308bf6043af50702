// A function whose address goes through a void * (a loader's table, a union's other member,
// a void ** setter, memcpy into a hook) may come back as any function pointer of its type
// (an unprototyped one matches by result type): a call through such a pointer may reach it
// (round 21); so may what a function pointer copied by memcpy held (round 23).
#include <pthread.h>
#include <string.h>

typedef void (*hook_fn)(int);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int safe_count, fast_count, union_count, setter_count, copied_count, untouched;

static void count_safe(int n)
{
    pthread_mutex_lock(&m);
    safe_count += n; // NORACE: under m
    pthread_mutex_unlock(&m);
}

static void count_fast(int n)
{
    fast_count += n; // RACE (possible): installed by memcpy from a void *
}

static void count_union(int n)
{
    union_count += n; // RACE (possible): stored through the union's void * member
}

static void count_setter(int n)
{
    setter_count += n; // RACE (possible): stored through a void ** setter
}

static void count_copied(int n)
{
    copied_count += n; // RACE (possible): copy_src's function, memcpy'd into copied_hook
}

static int never_called(double d)
{
    untouched = (int)d; // NORACE: its type is no hook's, and nothing calls it
    return 0;
}

static struct {
    hook_fn on_packet;
} hooks = {count_safe};
static union {
    void *raw;
    hook_fn fn;
} u_hook = {.fn = count_safe};

static void *table[] = {(void *)count_fast, (void *)never_called};
static hook_fn set_hook = count_safe, copied_hook = count_safe, copy_src = count_copied;

static void set_option(void **slot, void *value)
{
    *slot = value;
}

static void *worker(void *a)
{
    (void)a;
    hooks.on_packet(1);
    u_hook.fn(1);
    set_hook(1);
    copied_hook(1);
    return 0;
}

int main(void)
{
    void *e = table[0];
    memcpy(&hooks.on_packet, &e, sizeof e);
    u_hook.raw = (void *)count_union;
    set_option((void **)&set_hook, (void *)count_setter);
    memcpy(&copied_hook, &copy_src, sizeof copy_src);
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
