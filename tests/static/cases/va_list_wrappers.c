// A variadic function of the program that hands its va_list to vsscanf writes what its
// variadic pointers point at (as sscanf would: possible, the input decides); one that hands
// it to vsnprintf reads its "%s" strings. A format taken from a constant table of literals
// is each of them: %n in every one writes for sure, %n in one of two may. Before, none of
// these was an access, and the programs were proved race-free.
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>

static int level;
static char name[16] = "none";
static int width, width2;
static const char *const formats[] = { "id=%d%n|", "[%d]%n" };

static int parse(const char *src, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsscanf(src, fmt, ap);
    va_end(ap);
    return n;
}

static int say(char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(out, n, fmt, ap);
    va_end(ap);
    return r;
}

static void *loader(void *arg)
{
    char line[32];
    long i = (long)arg;
    int r = parse("level=3", "level=%d", &level); // RACE (possible)
    r += say(line, sizeof line, "%s", name); // RACE
    r += snprintf(line, sizeof line, formats[i & 1], r, &width); // RACE (definite)
    r += snprintf(line, sizeof line, i ? "%d%n" : "%d", r, &width2); // RACE (possible)
    return (void *)(long)r;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, loader, NULL);
    int s = level; // RACE (possible)
    name[0] = 'x'; // RACE
    s += width; // RACE (definite)
    s += width2; // RACE (possible)
    pthread_join(t, NULL);
    return s;
}
