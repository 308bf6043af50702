// What a library call without a body reaches, at its edges: a length of 0 (a literal, or a
// local whose one value is 0) reads nothing through its pointers, while %n in a format makes
// printf-like calls write through a pointer past the prototype. An enumeration written
// through an int * is that int. Before, write(fd, &pending, 0) was a read racing with the
// worker for sure, and snprintf's %n store and the enum's were no accesses at all. A size
// of 0 writes nothing either (snprintf(&grade, 0, ...)), and a format that converts no
// string nor %n reaches nothing through its pointers (printf("%p", &stop)).
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

enum state { IDLE, BUSY };
static char pending;
static int written;
static enum state st;
static int *handle;
static char grade;
static int stop;

static void *worker(void *arg)
{
    (void)arg;
    pending = '!'; // NORACE: main reads no byte of it
    grade = 'A'; // NORACE: main's snprintf writes no byte of it
    stop = 1; // NORACE: main prints its address only
    written = 1; // RACE (definite): main's %n store
    *handle = BUSY; // RACE: st, an enum, through an int *
    return NULL;
}

int main(void)
{
    pthread_t t;
    char buf[32];
    size_t queued = 0;
    handle = (int *)&st;
    pthread_create(&t, NULL, worker, NULL);
    ssize_t r = write(STDOUT_FILENO, &pending, queued);
    r += write(STDOUT_FILENO, &pending, 0);
    snprintf(buf, sizeof(buf), "abc%n", &written); // RACE (definite)
    r += snprintf(&grade, 0, "%d", 42);
    printf("%p\n", (void *)&stop);
    st = IDLE; // RACE
    pthread_join(t, NULL);
    return (int)r + buf[0];
}
