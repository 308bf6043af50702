// An array handed to a library function with no body: it may write it (a non-const
// parameter: fgets(buf, ...), a function of the program declared but not defined) or reads it
// (a const parameter, or past the prototype: strlen(name), printf("%s", name)).
#include <pthread.h>
#include <stdio.h>
#include <string.h>

char name[8] = "abc", buf[8], quiet[8] = "q";
void fill(char *dst);

static void *worker(void *arg)
{
    (void)arg;
    name[1] = 0; // RACE (possible): main's strlen reads it
    buf[0] = 'w'; // RACE (possible): fill may write it
    printf("%s\n", quiet); // NORACE: reads only, as main does
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    size_t n = strlen(name); // RACE (possible)
    fill(buf); // RACE (possible)
    printf("%s %zu\n", quiet, n);
    pthread_join(t, NULL);
    return 0;
}
