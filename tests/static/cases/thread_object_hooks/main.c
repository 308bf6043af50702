// Threads started and joined through the objects a thread library's launch() returns, with
// memory from hooks the program sets to malloc and free (threads.c): reap(w) joins the thread
// in w. Each round's writer is launched and reaped by one call of compress_one(), so one runs
// at a time and main's writes before the launch and after the reap do not race with it. Bytes
// stored through a char pointer (put_digit) cannot reach a thread object: no pointer to one is
// converted to another type. The logger is never reaped: it races with main.
// INCOMPLETE: ignition runs the routine its capsule names, which is not proved. (Calls through
// the hooks are calls of malloc and free: the program gives thr_mem nothing else.)
#include <stddef.h>
#include <stdlib.h>

struct thread;
typedef void *(*malloc_t)(size_t);
typedef void (*free_t)(void *);
void thr_mem(malloc_t lease, free_t vacate);
struct thread *launch(void (*probe)(void *), void *payload);
void reap(struct thread *ally);

static struct {
    long mtime;
    long last;
    int logged;
} g;
static char name[16];

static void put_digit(char *out, long v)
{
    *out++ = (char)('0' + v % 10);
    *out = '\0';
}

static void write_header(void *arg)
{
    (void)arg;
    g.last = g.mtime; // NORACE
    put_digit(name, g.last);
}

static void log_all(void *arg)
{
    (void)arg;
    g.logged = 1; // RACE
}

static void compress_one(long when)
{
    g.mtime = when; // NORACE
    struct thread *writer = launch(write_header, NULL);
    reap(writer);
    g.last++; // NORACE
}

int main(int argc, char **argv)
{
    (void)argv;
    thr_mem(malloc, free);
    launch(log_all, NULL);
    for (int i = 1; i < argc; i++)
        compress_one(i);
    return g.logged + name[0]; // RACE
}
