// The C library's hidden state and what it writes through pointers. A function with no body
// here writes through a pointer value it is given when its parameter is not a pointer to
// const (time(stamp_p), qsort(data, ...)): the memory the pointer is known to reach. A
// stream is locked inside stdio (fprintf), except by the *_unlocked functions, which race
// with the locked ones (the workers' fprintf and putchar_unlocked). The
// restartable multibyte functions keep a state of their own only when passed NULL. Reads
// through what localtime returns meet gmtime's writes (one struct tm): the program's own
// read, a race. Two library calls on its state may lock inside (tzset: daylight):
// only possible races.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <wchar.h>

static time_t stamp;
static time_t *stamp_p = &stamp;
static int storage[8];
static int *data = storage;
static time_t t0 = 1000;

static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

static void *worker(void *arg)
{
    (void)arg;
    time(stamp_p);                              // RACE (possible): both threads write stamp
    qsort(data, 8, sizeof(int), cmp);           // RACE (possible): both sort storage in place
    fprintf(stdout, "x\n");                     // RACE (possible): stdio locks the stream, the other worker's putchar_unlocked does not
    putchar_unlocked('x');                      // RACE (possible): stdout's buffer, unlocked
    mbstate_t own = {0};
    mbrlen("a", 1, &own);                       // NORACE: its own state
    mbrlen("a", 1, NULL);                       // RACE (possible): the function's hidden state
    gmtime(&t0);
    return NULL;
}

static void *zone(void *arg)
{
    (void)arg;
    tzset(); // RACE (possible): tzset locks inside, not proved
    return NULL;
}

int main(void)
{
    pthread_t a, b, z1, z2;
    struct tm *tm = localtime(&t0);
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_create(&z1, NULL, zone, NULL);
    pthread_create(&z2, NULL, zone, NULL);
    int h = tm->tm_hour;                        // RACE: gmtime rewrites the struct tm
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(z1, NULL);
    pthread_join(z2, NULL);
    return h;
}
